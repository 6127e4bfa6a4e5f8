/**
 * The peer: @neo4j/graphql 7 over the same Neo4j and the same data, served by Apollo Server's
 * standalone server on its own port. Its type definitions map onto our labels and relationships
 * (docs/graph-model.md). Round trips are counted by wrapping the driver's sessions: every
 * session.run and every transaction's run counts one.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Session,
} from 'neo4j-driver';
import type { ConnectionSettings } from '../../src/graph/gateway.js';

/** The relationship types a path may follow: the direct ones and the gazetteer's. */
const PATH_TYPES =
  'LOCATED_IN|OPERATED_BY|HOSTED_BY|PART_OF|AFFILIATED_WITH|RESIDENT_OF|TARGETS|PARTICIPANT_IN|REPORTED_BY|INVESTIGATED_BY|IN_COUNTRY|IN_REGION';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name"] }]) {
    id: ID!
    name: String!
    entityType: String
  }

  type Station @node {
    id: ID!
    name: String!
    status: String
    city: [City!]! @relationship(type: "LOCATED_IN", direction: OUT)
    operatedBy: [Organisation!]! @relationship(type: "OPERATED_BY", direction: OUT)
    hostedBy: [Organisation!]! @relationship(type: "HOSTED_BY", direction: OUT)
    claims: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
  }

  type City @node {
    id: ID!
    name: String!
    countryCode: String
    country: [Country!]! @relationship(type: "IN_COUNTRY", direction: OUT)
    stations: [Station!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Country @node {
    id: ID!
    name: String!
    code: String
    cities: [City!]! @relationship(type: "IN_COUNTRY", direction: IN)
    "Stations in a city of the country (what our stats.stationsByCountry counts)."
    stationCount: Int!
      @cypher(
        statement: "OPTIONAL MATCH (this)<-[:IN_COUNTRY]-(:City)<-[:LOCATED_IN]-(s:Station) RETURN count(DISTINCT s) AS c"
        columnName: "c"
      )
  }

  type Organisation @node {
    id: ID!
    name: String!
    kind: String
    operates: [Station!]! @relationship(type: "OPERATED_BY", direction: IN)
    hosts: [Station!]! @relationship(type: "HOSTED_BY", direction: IN)
  }

  type Claim @node {
    id: ID!
    predicate: String!
    value: String
    quote: String!
    start: Int
    end: Int
    confidence: Float
    method: String
    retracted: Boolean
    source: [Source!]! @relationship(type: "CITES", direction: OUT)
  }

  type Source @node {
    id: ID!
    url: String
    title: String
    publisher: String
    claims: [Claim!]! @relationship(type: "CITES", direction: IN)
  }

  type Query {
    "The nodes of one shortest path (it has no path queries of its own)."
    shortestPath(from: ID!, to: ID!): [Entity!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = shortestPath((a)-[:${PATH_TYPES}*..4]-(b))
        UNWIND nodes(p) AS n
        RETURN n
        """
        columnName: "n"
      )
  }
`;

/** What the peer's queries cost: round trips, and the server's own milliseconds for them. */
export interface PeerCounter {
  roundTrips: number;
  /** Sum of resultAvailableAfter + resultConsumedAfter, as Neo4j reports them. */
  serverMs: number;
}

/** A driver whose sessions count their queries (and the server's time for them) in `counter`. */
export function countingDriver(settings: ConnectionSettings): {
  driver: Driver;
  counter: PeerCounter;
} {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: 50,
  });
  const counter: PeerCounter = { roundTrips: 0, serverMs: 0 };
  const countTx = <T extends { run: (...a: never[]) => unknown }>(tx: T): T => {
    const run = tx.run.bind(tx) as (...a: unknown[]) => unknown;
    (tx as { run: unknown }).run = (...a: unknown[]) => {
      counter.roundTrips++;
      const result = run(...a) as PromiseLike<QueryResult>;
      // The same cached promise the peer awaits: adds no round trip and consumes nothing more.
      Promise.resolve(result).then(
        ({ summary }) => {
          counter.serverMs +=
            Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
        },
        () => undefined,
      );
      return result;
    };
    return tx;
  };
  const session = driver.session.bind(driver);
  driver.session = ((...args: Parameters<Driver['session']>): Session => {
    const s = session(...args);
    countTx(s);
    const wrapWork =
      (original: Session['executeRead']) =>
      <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: unknown) =>
        original.call(s, (tx: ManagedTransaction) => work(countTx(tx)), config as never);
    s.executeRead = wrapWork(s.executeRead) as Session['executeRead'];
    s.executeWrite = wrapWork(s.executeWrite) as Session['executeWrite'];
    const begin = s.beginTransaction.bind(s);
    s.beginTransaction = ((...a: Parameters<Session['beginTransaction']>) =>
      countTx(begin(...a))) as Session['beginTransaction'];
    return s;
  }) as Driver['session'];
  return { driver, counter };
}

/** A running peer server. */
export interface Peer {
  url: string;
  counter: PeerCounter;
  close(): Promise<void>;
}

/** Starts @neo4j/graphql + Apollo Server (standalone) on `port` (0: any free port). */
export async function startPeer(settings: ConnectionSettings, port: number): Promise<Peer> {
  const { driver, counter } = countingDriver(settings);
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  // Without Apollo's cache-control plugin, as ours runs (src/api/server.ts).
  const apollo = new ApolloServer({
    schema,
    introspection: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => ({
      req,
      ...(settings.database ? { sessionConfig: { database: settings.database } } : {}),
    }),
  });
  return {
    url: url.replace(/\/?$/, '/'),
    counter,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
