/** Entry point of the `outpost` command (bin/outpost.js loads it). */
import { run } from './program.js';

process.exit(await run(process.argv.slice(2)));
