/**
 * `outpost export --format graphml | gexf | csv | findings | ftm [--out PATH] [--country X]
 * [--type T] [--since DATE]`: the graph for Gephi, spreadsheets, re-import, Aleph. Progress on a
 * terminal (rows written, rate, ETA when the whole graph goes); a summary line on stderr at the end.
 */
import type { Config } from '../config.js';
import { isOutpostError } from '../errors.js';
import {
  EXPORT_FORMATS,
  exportGraph,
  type ExportFormat,
  type ExportItem,
} from '../export/exportGraph.js';
import { isUnfiltered, parseExportFilters, type ExportFilters } from '../export/filters.js';
import { removePartialFiles } from '../export/sink.js';
import type { Graph } from '../graph/gateway.js';
import { openGraph } from '../neo4j/connect.js';
import { EXIT, usageError } from './output.js';
import { Progress } from './progress.js';

/** Options of `outpost export`, as commander gives them. */
export interface ExportCommandOptions {
  format?: string;
  out?: string;
  country?: string;
  type?: string;
  since?: string;
  bom?: boolean;
  quiet?: boolean;
}

/** Which rows each format writes (for the progress total). */
const ITEMS: Record<ExportFormat, ExportItem[]> = {
  graphml: ['entities', 'relationships'],
  gexf: ['entities', 'relationships'],
  csv: ['entities', 'relationships', 'claims'],
  findings: ['sources'],
  ftm: ['entities', 'relationships', 'sources'],
};

/** Runs the export verb; resolves to the exit code. */
export async function exportCommand(
  config: Config,
  options: ExportCommandOptions,
): Promise<number> {
  const format = checkFormat(options.format);
  let filters: ExportFilters;
  try {
    filters = parseExportFilters(options);
  } catch (error) {
    if (isOutpostError(error))
      throw usageError(error.message, error.hint ? { hint: error.hint } : {});
    throw error;
  }
  if (format === 'csv' && options.out === undefined) {
    throw usageError('--format csv writes nodes.csv, edges.csv and claims.csv: give --out FOLDER');
  }
  const { graph } = await openGraph(config, { start: true, migrate: true });
  const onSignal = () => {
    removePartialFiles();
    process.stderr.write('\nInterrupted: the export was stopped and its partial files removed.\n');
    process.exit(EXIT.INTERRUPTED);
  };
  process.once('SIGINT', onSignal);
  try {
    const progress = new Progress(await totalOf(graph, format, filters), {
      unit: 'rows',
      quiet: options.quiet === true,
    });
    progress.working(options.out ?? 'stdout');
    const report = await exportGraph(graph, {
      format,
      filters,
      ...(options.out === undefined ? {} : { out: options.out }),
      ...(options.bom ? { bom: true } : {}),
      onRow: () => progress.tick(),
    });
    progress.finish();
    if (!options.quiet) {
      const counts = Object.entries(report.counts)
        .filter(([, n]) => n > 0)
        .map(([item, n]) => `${n} ${item}`)
        .join(', ');
      const what =
        format === 'findings'
          ? `${report.records} documents (${counts || 'nothing'})`
          : counts || 'nothing';
      const where =
        report.files.length === 0
          ? 'stdout'
          : report.files.length === 1
            ? report.files[0]
            : options.out;
      progress.log(
        `Exported ${what} as ${format} to ${where} (${formatBytes(report.bytes)}, ${progress.elapsed.toFixed(1)} s)`,
      );
    }
    return EXIT.OK;
  } finally {
    process.off('SIGINT', onSignal);
    await graph.close();
  }
}

function checkFormat(format: string | undefined): ExportFormat {
  if (format === undefined) throw usageError(`give --format: one of ${EXPORT_FORMATS.join(', ')}`);
  const lower = format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(lower)) {
    throw usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  }
  return lower as ExportFormat;
}

/** The number of rows the export will write, when it can be known cheaply (the whole graph). */
async function totalOf(
  graph: Graph,
  format: ExportFormat,
  filters: ExportFilters,
): Promise<number | undefined> {
  if (!isUnfiltered(filters)) return undefined;
  const [totals] = await graph.read('export/totals');
  if (totals === undefined) return undefined;
  return ITEMS[format].reduce((sum, item) => sum + Number(totals[item] ?? 0), 0);
}

/** `1536` -> `1.5 kB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}
