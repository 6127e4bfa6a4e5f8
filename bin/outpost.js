#!/usr/bin/env node
// The `outpost` command. It runs the TypeScript sources directly through tsx, so that
// `npx outpost ...` works right after `npm ci` with no build step to remember or to go stale.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
