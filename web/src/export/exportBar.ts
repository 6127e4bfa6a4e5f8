/**
 * The "Download" buttons of a view: PNG and SVG of its picture, CSV of its data, each made in the
 * page from what is shown.
 */
import { h } from '../dom.js';
import { downloadBlob, downloadText } from './download.js';

/** What a view can export; each present function adds a button. */
export interface Exporter {
  /** The file name without extension. */
  stem(): string;
  png?(): Promise<Blob>;
  svg?(): string;
  csv?(): string;
}

/** A labelled group of download buttons for `exporter`. */
export function exportBar(exporter: Exporter, label = 'Download this view'): HTMLElement {
  const status = h('span', { class: 'export-status', role: 'status' });
  const button = (format: string, description: string, run: () => Promise<void> | void) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button small',
        'data-export': format.toLowerCase(),
        'aria-label': `Download ${description}`,
        onclick: async () => {
          status.textContent = '';
          try {
            await run();
          } catch (error) {
            status.textContent = `Could not make the ${format}: ${(error as Error).message}`;
          }
        },
      },
      format,
    );
  return h(
    'div',
    { class: 'export-bar', role: 'group', 'aria-label': label },
    h('span', { class: 'export-label', 'aria-hidden': 'true' }, 'Download:'),
    exporter.png
      ? button('PNG', 'the picture as PNG', async () =>
          downloadBlob(await (exporter.png as () => Promise<Blob>)(), `${exporter.stem()}.png`),
        )
      : null,
    exporter.svg
      ? button('SVG', 'the picture as SVG', () =>
          downloadText((exporter.svg as () => string)(), `${exporter.stem()}.svg`, 'image/svg+xml'),
        )
      : null,
    exporter.csv
      ? button('CSV', 'the data as CSV', () =>
          downloadText(
            `\uFEFF${(exporter.csv as () => string)()}`,
            `${exporter.stem()}.csv`,
            'text/csv;charset=utf-8',
          ),
        )
      : null,
    status,
  );
}
