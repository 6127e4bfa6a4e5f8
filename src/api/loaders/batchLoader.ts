/**
 * A per-request batch loader keyed by field: every `load(name, params, key)` made while resolvers
 * of one level run is collected, and each distinct (query, params) pair becomes ONE query over
 * all its keys (`$batch.keys`), run once the level's resolvers have all asked (on the next turn of the
 * event loop). So the number of round trips of a request grows with the depth of the GraphQL query,
 * not with the length of the lists in it. Results are cached for the request.
 */
import type { Params, Row } from '../../graph/gateway.js';
import type { QueryName } from '../../graph/queryNames.js';

/** Runs one named read query. */
export type ReadFn = (name: QueryName, params: Params) => Promise<Row[]>;

/** Runs several named read queries together (one transaction, sent at once); rows per query. */
export type ReadManyFn = (queries: { name: QueryName; params: Params }[]) => Promise<Row[][]>;

interface Waiter {
  value: unknown;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  name: QueryName;
  params: Params;
  waiters: Map<string, Waiter>;
}

/** See the module comment. One per request: it caches. */
export class BatchLoader {
  private readonly read: ReadFn;
  private readonly readMany: ReadManyFn | undefined;
  private readonly pending = new Map<string, Batch>();
  private readonly cache = new Map<string, Promise<Row[]>>();
  private scheduled = false;

  /**
   * `readMany`, when given, runs the different queries of one level together (one transaction
   * and one connection instead of one each); without it, each runs on its own.
   */
  constructor(read: ReadFn, readMany?: ReadManyFn) {
    this.read = read;
    this.readMany = readMany;
  }

  /**
   * The rows of query `name` whose `key` column equals `key`. The query receives one map,
   * `$batch`: `params` and `keys`, the batch's `value`s (the key itself unless another value is
   * given, e.g. a map the query destructures). One map, so that Neo4j plans the query once
   * whatever the batch's size (cypher/read/README.md).
   */
  load(name: QueryName, params: Params, key: string, value: unknown = key): Promise<Row[]> {
    const batchKey = `${name}\u0000${stableJson(params)}`;
    const cacheKey = `${batchKey}\u0001${key}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    let batch = this.pending.get(batchKey);
    if (batch === undefined) {
      batch = { name, params, waiters: new Map() };
      this.pending.set(batchKey, batch);
    }
    const waiters = batch.waiters;
    const promise = new Promise<Row[]>((resolve, reject) => {
      waiters.set(key, { value, resolve, reject });
    });
    this.cache.set(cacheKey, promise);
    this.schedule();
    return promise;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batches = [...this.pending.values()];
      this.pending.clear();
      if (batches.length > 1 && this.readMany !== undefined) void this.runTogether(batches);
      else for (const batch of batches) void this.run(batch);
    });
  }

  private async run(batch: Batch): Promise<void> {
    try {
      settle(batch, await this.read(batch.name, batchParams(batch)));
    } catch (error) {
      for (const [, waiter] of batch.waiters) waiter.reject(error);
    }
  }

  private async runTogether(batches: Batch[]): Promise<void> {
    const readMany = this.readMany as ReadManyFn;
    try {
      const results = await readMany(
        batches.map((batch) => ({ name: batch.name, params: batchParams(batch) })),
      );
      batches.forEach((batch, i) => settle(batch, results[i] ?? []));
    } catch (error) {
      for (const batch of batches) for (const [, waiter] of batch.waiters) waiter.reject(error);
    }
  }
}

/** The one map parameter of a batch: its params and the values of its keys. */
function batchParams(batch: Batch): Params {
  return { batch: { ...batch.params, keys: [...batch.waiters.values()].map((w) => w.value) } };
}

/** Hands each waiter of `batch` the rows whose `key` column is its key. */
function settle(batch: Batch, rows: Row[]): void {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.key);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [row]);
    else list.push(row);
  }
  for (const [key, waiter] of batch.waiters) waiter.resolve(byKey.get(key) ?? []);
}

/** JSON with object keys sorted: equal params give equal batch keys. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
