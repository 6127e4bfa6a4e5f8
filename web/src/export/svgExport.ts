/**
 * Pictures of SVG views (the map, the paths): a standalone SVG file with the page's computed
 * styles written into each element, and a PNG painted on a canvas straight from the shapes, so
 * that no image is loaded from a blob or data URL (the CSP allows images from 'self' only).
 * Handles what the explorer draws: path, circle, ellipse, rect, line, polyline, polygon and text.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Computed style properties written into the exported SVG. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;
/** Of those, the ones an element does not inherit (all default to 1). */
const NOT_INHERITED = new Set(['opacity']);

/** The SVG as a file: styles inlined as presentation attributes, hidden parts left out. */
export function standaloneSvg(root: SVGSVGElement, title: string): string {
  const clone = root.cloneNode(true) as SVGSVGElement;
  const originals = [root, ...Array.from(root.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (copy === undefined) return;
    const style = getComputedStyle(original);
    computed.set(original, style);
    if (style.display === 'none' || style.visibility === 'hidden') {
      copy.setAttribute('data-remove', '');
      return;
    }
    // Written where it differs from what the element inherits, so the file stays small.
    const parent = original === root ? undefined : computed.get(original.parentElement as Element);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      const inherited = NOT_INHERITED.has(property) ? '1' : parent?.getPropertyValue(property);
      if (value === '' || value === inherited) continue;
      copy.setAttribute(property, value);
    }
    for (const attribute of [
      'class',
      'tabindex',
      'role',
      'focusable',
      'aria-label',
      'aria-hidden',
    ]) {
      copy.removeAttribute(attribute);
    }
  });
  clone.querySelectorAll('[data-remove]').forEach((element) => element.remove());
  const { width, height } = size(root);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  clone.insertBefore(titleElement, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The SVG painted on a canvas, `scale` times its size on screen, as a PNG. */
export async function svgToPng(root: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = size(root);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw on a canvas.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const box = root.getBoundingClientRect();
  // Screen (client) coordinates -> canvas pixels; each shape adds its own screen matrix.
  const toCanvas = new DOMMatrix()
    .scale(canvas.width / (box.width || width), canvas.height / (box.height || height))
    .translate(-box.left, -box.top);
  paint(root, context, toCanvas);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG made'))), 'image/png'),
  );
}

function paint(element: Element, context: CanvasRenderingContext2D, toCanvas: DOMMatrix): void {
  for (const child of Array.from(element.children)) {
    if (!(child instanceof SVGGraphicsElement)) continue;
    const style = getComputedStyle(child);
    if (style.display === 'none') continue;
    if (style.visibility !== 'hidden') drawShape(child, style, context, toCanvas);
    paint(child, context, toCanvas);
  }
}

function drawShape(
  element: SVGGraphicsElement,
  style: CSSStyleDeclaration,
  context: CanvasRenderingContext2D,
  toCanvas: DOMMatrix,
): void {
  const screen = element.getScreenCTM();
  if (screen === null) return;
  // Element coordinates -> screen -> canvas pixels.
  const matrix = toCanvas.multiply(DOMMatrix.fromMatrix(screen));
  context.setTransform(matrix);
  context.globalAlpha = Number(style.opacity || 1);
  const shape = outline(element);
  if (shape !== undefined) {
    if (style.fill !== 'none') {
      context.fillStyle = style.fill;
      context.globalAlpha = Number(style.opacity || 1) * Number(style.fillOpacity || 1);
      context.fill(shape);
    }
    if (style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0) {
      context.strokeStyle = style.stroke;
      context.lineWidth = parseFloat(style.strokeWidth);
      context.lineJoin = style.strokeLinejoin as CanvasLineJoin;
      context.globalAlpha = Number(style.opacity || 1) * Number(style.strokeOpacity || 1);
      context.stroke(shape);
    }
  } else if (element instanceof SVGTextElement) {
    const x = element.x.baseVal[0]?.value ?? 0;
    const y = element.y.baseVal[0]?.value ?? 0;
    const text = element.textContent ?? '';
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.textAlign =
      style.textAnchor === 'middle' ? 'center' : style.textAnchor === 'end' ? 'right' : 'left';
    context.textBaseline = style.dominantBaseline === 'central' ? 'middle' : 'alphabetic';
    if (style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0) {
      context.strokeStyle = style.stroke;
      context.lineWidth = parseFloat(style.strokeWidth);
      context.lineJoin = 'round';
      context.strokeText(text, x, y);
    }
    if (style.fill !== 'none') {
      context.fillStyle = style.fill;
      context.fillText(text, x, y);
    }
  }
  context.globalAlpha = 1;
}

function outline(element: SVGGraphicsElement): Path2D | undefined {
  const path = new Path2D();
  if (element instanceof SVGPathElement) return new Path2D(element.getAttribute('d') ?? '');
  if (element instanceof SVGCircleElement) {
    path.arc(
      element.cx.baseVal.value,
      element.cy.baseVal.value,
      element.r.baseVal.value,
      0,
      2 * Math.PI,
    );
    return path;
  }
  if (element instanceof SVGEllipseElement) {
    const { cx, cy, rx, ry } = element;
    path.ellipse(
      cx.baseVal.value,
      cy.baseVal.value,
      rx.baseVal.value,
      ry.baseVal.value,
      0,
      0,
      2 * Math.PI,
    );
    return path;
  }
  if (element instanceof SVGRectElement) {
    const { x, y, width, height } = element;
    path.rect(x.baseVal.value, y.baseVal.value, width.baseVal.value, height.baseVal.value);
    return path;
  }
  if (element instanceof SVGLineElement) {
    path.moveTo(element.x1.baseVal.value, element.y1.baseVal.value);
    path.lineTo(element.x2.baseVal.value, element.y2.baseVal.value);
    return path;
  }
  if (element instanceof SVGPolylineElement || element instanceof SVGPolygonElement) {
    const points = Array.from(element.points);
    points.forEach((point, i) =>
      i === 0 ? path.moveTo(point.x, point.y) : path.lineTo(point.x, point.y),
    );
    if (element instanceof SVGPolygonElement) path.closePath();
    return path;
  }
  return undefined;
}

function size(root: SVGSVGElement): { width: number; height: number } {
  const box = root.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const view = root.viewBox.baseVal;
  return { width: view.width || 960, height: view.height || 500 };
}
