import { readFileSync } from 'node:fs';
import { projectPath } from './paths.js';

interface PackageJson {
  name: string;
  version: string;
}

const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as PackageJson;

/** The package name and version, e.g. `outpost-graph@0.1.0`: tagged on every transaction. */
export const PACKAGE_TAG = `${pkg.name}@${pkg.version}`;

/** The package version alone. */
export const VERSION = pkg.version;
