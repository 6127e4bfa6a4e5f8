/**
 * The only place that touches neo4j-driver. It runs named queries from the catalog in read or
 * write transactions (managed, so the driver retries transient failures), tags every transaction
 * with `outpost-graph@version` and the query name, counts round trips and times them, converts
 * Neo4j values to plain JavaScript, and maps Neo4j errors to ours.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
  type RecordShape,
  type Transaction,
  Neo4jError,
} from 'neo4j-driver';
import { ErrorCode, OutpostError } from '../errors.js';
import { PACKAGE_TAG } from '../version.js';
import { loadCatalog, type Catalog } from './catalog.js';
import type { QueryName } from './queryNames.js';
import { toPlain } from './values.js';

/** How to reach a Neo4j 5 server. */
export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database: string | undefined;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** One query that ran: for logs, benchmarks and tests that count round trips. */
export interface QueryEvent {
  name: string;
  ms: number;
  rows: number;
  /** What the server reported: planning and running until the first row, then streaming. */
  serverMs?: { available: number; consumed: number };
}

/** Per-call options of reads. */
export interface ReadOptions {
  /** Transaction timeout in milliseconds, enforced by the server; unset: the server's default. */
  timeoutMs?: number;
}

/** A transaction in progress: run named queries (or, for migrations, raw schema text). */
export interface Tx {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

/** The database gateway. Create one per process with `Graph.connect`, close it on exit. */
export class Graph {
  readonly settings: Omit<ConnectionSettings, 'password'>;
  private readonly driver: Driver;
  private readonly catalog: Catalog;
  private readonly listeners = new Set<(event: QueryEvent) => void>();
  /** Round trips to the server since connect (each query run counts one). */
  roundTrips = 0;
  /** Transactions begun since connect (a retried one counts once per attempt). */
  transactions = 0;

  private constructor(driver: Driver, settings: ConnectionSettings, catalog: Catalog) {
    this.driver = driver;
    this.catalog = catalog;
    this.settings = { uri: settings.uri, user: settings.user, database: settings.database };
  }

  /** Connects and checks that the server answers; throws SERVICE_UNAVAILABLE or UNAUTHENTICATED. */
  static async connect(settings: ConnectionSettings): Promise<Graph> {
    const catalog = loadCatalog();
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      userAgent: PACKAGE_TAG,
      connectionAcquisitionTimeout: 30_000,
      maxConnectionPoolSize: 50,
      disableLosslessIntegers: false,
    });
    const graph = new Graph(driver, settings, catalog);
    try {
      await driver.verifyConnectivity({ database: settings.database });
    } catch (error) {
      await driver.close();
      throw mapNeo4jError(error, settings.uri);
    }
    return graph;
  }

  /** Called after every query with its name, duration and row count. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs one named read query in a read transaction. */
  async read(name: QueryName, params: Params = {}, options?: ReadOptions): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(name, params), name, options);
  }

  /** Runs one named write query in a write transaction. */
  async write(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params), name);
  }

  /**
   * Runs `work` in one managed read transaction (retried by the driver on transient errors).
   * `options.timeoutMs`: the server ends the transaction after that long (Neo4j's own timeout).
   */
  async readTransaction<T>(
    work: (tx: Tx) => Promise<T>,
    label: string,
    options?: ReadOptions,
  ): Promise<T> {
    return this.transaction('READ', work, label, options?.timeoutMs);
  }

  /** Runs `work` in one managed write transaction: all of it commits, or none of it. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, label: string): Promise<T> {
    return this.transaction('WRITE', work, label);
  }

  /**
   * Streams the rows of one named read query, one at a time, from one read transaction: the
   * driver pulls them in batches of `options.fetchSize` (default 500) and pauses while the caller
   * is busy, so a large result is never held in memory. Breaking out of the loop ends the
   * transaction. Not retried (rows already handed out cannot be taken back): a transient failure
   * surfaces as an error. Counts one round trip; the query event fires when the stream ends.
   */
  async *stream(
    name: QueryName,
    params: Params = {},
    options: ReadOptions & { fetchSize?: number } = {},
  ): AsyncGenerator<Row, void, undefined> {
    const text = this.catalog.get(name);
    if (text === undefined) throw new OutpostError(ErrorCode.INTERNAL, `No Cypher named ${name}`);
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: options.fetchSize ?? 500,
    });
    const started = performance.now();
    let rows = 0;
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction({
        metadata: { app: PACKAGE_TAG, query: name },
        ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      });
      this.roundTrips++;
      const result = tx.run(text, params);
      for await (const record of result as AsyncIterable<Neo4jRecord>) {
        rows++;
        yield toPlain(record.toObject()) as Row;
      }
      await tx.commit();
    } catch (error) {
      throw mapNeo4jError(error, this.settings.uri);
    } finally {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
      this.emit({ name, ms: performance.now() - started, rows });
    }
  }

  /**
   * Runs one schema statement (CREATE CONSTRAINT / INDEX) in its own auto-commit transaction, as
   * Neo4j requires. Only migrations use it; their text comes from cypher/schema/.
   */
  async runSchemaStatement(text: string, label: string): Promise<void> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    const started = performance.now();
    try {
      this.roundTrips++;
      await session.run(text, {}, { metadata: { app: PACKAGE_TAG, query: label } });
    } catch (error) {
      throw mapNeo4jError(error, this.settings.uri);
    } finally {
      await session.close();
      this.emit({ name: label, ms: performance.now() - started, rows: 0 });
    }
  }

  /** Closes the driver and its connections. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    label: string,
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      metadata: { app: PACKAGE_TAG, query: label },
      ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
    };
    const body = (managed: ManagedTransaction) => {
      this.transactions++;
      return work(this.wrap(managed));
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(body, config)
        : await session.executeWrite(body, config);
    } catch (error) {
      throw mapNeo4jError(error, this.settings.uri);
    } finally {
      await session.close();
    }
  }

  private wrap(managed: ManagedTransaction): Tx {
    return { run: (name, params = {}) => this.runOne(managed, name, params) };
  }

  /** Runs one named query in a managed transaction (its text is sent before the first await). */
  private async runOne(
    managed: ManagedTransaction,
    name: QueryName,
    params: Params,
  ): Promise<Row[]> {
    const text = this.catalog.get(name);
    if (text === undefined) {
      throw new OutpostError(ErrorCode.INTERNAL, `No Cypher named ${name}`);
    }
    const started = performance.now();
    this.roundTrips++;
    const result: QueryResult<RecordShape> = await managed.run(text, params);
    const rows = result.records.map((record) => toPlain(record.toObject()) as Row);
    this.emit({
      name,
      ms: performance.now() - started,
      rows: rows.length,
      serverMs: {
        available: Number(result.summary.resultAvailableAfter),
        consumed: Number(result.summary.resultConsumedAfter),
      },
    });
    return rows;
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** Maps a driver error to an OutpostError with a code and, where it helps, what to do. */
export function mapNeo4jError(error: unknown, uri: string): OutpostError {
  if (error instanceof OutpostError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (
      code === 'Neo.ClientError.Security.Unauthorized' ||
      code.includes('AuthenticationRateLimit')
    ) {
      return new OutpostError(
        ErrorCode.UNAUTHENTICATED,
        `Neo4j at ${uri} refused the credentials`,
        {
          hint: 'Check NEO4J_USER and NEO4J_PASSWORD.',
          cause: error,
        },
      );
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return new OutpostError(ErrorCode.SERVICE_UNAVAILABLE, `Neo4j at ${uri} is not reachable`, {
        hint: 'Start the local server with `npx outpost neo4j start`, or set NEO4J_URI to a running Neo4j 5 server.',
        cause: error,
      });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new OutpostError(ErrorCode.CONFLICT, `Neo4j refused a write: ${error.message}`, {
        cause: error,
      });
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new OutpostError(ErrorCode.CONFIG_INVALID, `Neo4j has no database: ${error.message}`, {
        hint: 'Fix or unset NEO4J_DATABASE.',
        cause: error,
      });
    }
    return new OutpostError(ErrorCode.INTERNAL, `Neo4j error ${code}: ${error.message}`, {
      cause: error,
    });
  }
  return new OutpostError(ErrorCode.INTERNAL, `Unexpected database error: ${String(error)}`, {
    cause: error,
  });
}
