/**
 * Findings -> validate -> resolve -> write: the path every import takes into the graph. A document
 * that fails validation writes nothing.
 */
import type { Findings } from '../findings/schema.js';
import { validateFindings, type Problem } from '../findings/validate.js';
import type { Graph } from '../graph/gateway.js';
import { writeDocument, type WriteOptions, type WriteSummary } from '../graph/writer.js';
import { resolveFindings } from '../resolve/document.js';

/** The outcome of importing one findings document. */
export interface ImportResult {
  origin: string;
  summary: WriteSummary;
  warnings: string[];
}

/** Validates, resolves and writes one findings document (parsed JSON or a Findings object). */
export async function importFindings(
  graph: Graph,
  data: unknown,
  origin: string,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const { findings, warnings } = validateFindings(data, origin);
  return writeValidFindings(graph, findings, origin, warnings, options);
}

/** Resolves and writes a document already validated. */
export async function writeValidFindings(
  graph: Graph,
  findings: Findings,
  origin: string,
  validationWarnings: Problem[] = [],
  options: WriteOptions = {},
): Promise<ImportResult> {
  const resolved = resolveFindings(findings);
  const summary = await writeDocument(graph, resolved, options);
  return {
    origin,
    summary,
    warnings: [...validationWarnings.map((w) => `${w.path}: ${w.message}`), ...resolved.warnings],
  };
}
