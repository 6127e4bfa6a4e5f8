import type { Graph } from '../graph/gateway.js';

/** What every resolver gets: the graph gateway. */
export interface ApiContext {
  graph: Graph;
}
