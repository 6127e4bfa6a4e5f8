/** The graph view as a standalone SVG, drawn from cytoscape's node positions (no extension). */
import type { Core } from 'cytoscape';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** The visible nodes and edges of `cy` as an SVG document. */
export function graphSvg(cy: Core, title: string): string {
  const nodes = cy.nodes(':visible');
  const box = nodes.boundingBox({ includeLabels: true });
  const pad = 20;
  const width = Math.ceil(box.w + 2 * pad);
  const height = Math.ceil(box.h + 2 * pad);
  const x = (value: number) => (value - box.x1 + pad).toFixed(1);
  const y = (value: number) => (value - box.y1 + pad).toFixed(1);
  const parts: string[] = [];
  for (const edge of cy.edges(':visible')) {
    const from = edge.source().position();
    const to = edge.target().position();
    const dashed = edge.hasClass('reference') ? ' stroke-dasharray="4 3"' : '';
    const strokeWidth = Number(edge.data('width')) || 1;
    parts.push(
      `<line x1="${x(from.x)}" y1="${y(from.y)}" x2="${x(to.x)}" y2="${y(to.y)}" stroke="#94a3b8" stroke-width="${strokeWidth}"${dashed} marker-end="url(#arrow)"><title>${escape(String(edge.data('label')))}</title></line>`,
    );
  }
  for (const node of nodes) {
    const p = node.position();
    const radius = node.hasClass('centre') ? 17 : 11;
    const stroke = node.hasClass('pinned') || node.hasClass('centre') ? '#111827' : '#ffffff';
    parts.push(
      `<g><circle cx="${x(p.x)}" cy="${y(p.y)}" r="${radius}" fill="${escape(String(node.data('colour')))}" stroke="${stroke}" stroke-width="2"/>` +
        `<text x="${x(p.x)}" y="${(Number(y(p.y)) + radius + 12).toFixed(1)}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="11" fill="#1f2937" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escape(String(node.data('label')))}</text></g>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escape(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
