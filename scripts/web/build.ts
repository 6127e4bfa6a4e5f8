/**
 * Builds the explorer's bundle (web/ -> web/dist/) now, whether or not it is stale:
 * `npm run build:web`. Not needed before `npm start` or `npm test`: the server builds it on the
 * first request when it is missing or older than its sources (src/web/bundle.ts).
 */
import { buildBundle } from '../../src/web/bundle.js';

const started = performance.now();
const manifest = await buildBundle();
process.stdout.write(
  `web/dist: ${manifest.script}, ${manifest.style}, ${manifest.atlas} in ${Math.round(performance.now() - started)} ms\n`,
);
