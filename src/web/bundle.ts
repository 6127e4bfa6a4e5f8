/**
 * The explorer's bundle: web/ (TypeScript, CSS, HTML) built by esbuild into web/dist/ (git-ignored)
 * with content-hashed file names, plus the Natural Earth shapes (world-atlas) and the icon copied
 * beside them, and a manifest that records a fingerprint of the sources it was built from. It is
 * built when missing or when the sources changed, so `npm start` and `npm test` never serve a stale
 * or absent page, and there is no build step to remember. Builds by concurrent processes are safe:
 * every file is written to a temporary name and renamed, and equal sources give equal files.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { projectPath } from '../paths.js';

/** Where the page's sources live. */
export const WEB_DIR = projectPath('web');
/** Where the built files go (git-ignored). */
export const DIST_DIR = projectPath('web', 'dist');

/** Packages whose code or data ends up in the bundle: their versions are part of the fingerprint. */
const BUNDLED_PACKAGES = [
  'esbuild',
  'cytoscape',
  'd3-geo',
  'd3-array',
  'internmap',
  'topojson-client',
  'world-atlas',
];
/** The world map's shapes, copied from world-atlas. */
const ATLAS_FILE = projectPath('node_modules', 'world-atlas', 'countries-110m.json');
/** Bump when the build itself changes in a way the fingerprint cannot see. */
const BUILD_VERSION = '1';
/** Built files older than this that the manifest no longer names are removed. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** What a build produced: the public names of the files, under /assets/. */
export interface BundleManifest {
  fingerprint: string;
  builtAt: string;
  /** The index page, its asset names filled in. */
  html: string;
  script: string;
  style: string;
  atlas: string;
  favicon: string;
  /** Every file of this build in DIST_DIR (the above, source maps, legal notices). */
  files: string[];
}

/** A hash of everything the bundle is made from: web/'s files and the bundled packages' versions. */
export async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256').update(`build ${BUILD_VERSION}\n`);
  for (const file of await listSources(WEB_DIR)) {
    hash.update(`${relative(WEB_DIR, file)}\n`).update(await readFile(file));
  }
  for (const name of BUNDLED_PACKAGES) {
    hash.update(`${name}@${await packageVersion(name)}\n`);
  }
  return hash.digest('hex');
}

/** The manifest in DIST_DIR when it and every file it names are there; else undefined. */
export async function readManifest(): Promise<BundleManifest | undefined> {
  try {
    const manifest = JSON.parse(
      await readFile(join(DIST_DIR, 'manifest.json'), 'utf8'),
    ) as BundleManifest;
    await Promise.all(manifest.files.map((file) => stat(join(DIST_DIR, file))));
    return manifest;
  } catch {
    return undefined;
  }
}

/**
 * The bundle for the current sources: the one in DIST_DIR when its fingerprint matches, else a
 * fresh build. `force` builds whatever is there.
 */
export async function ensureBundle(options: { force?: boolean } = {}): Promise<BundleManifest> {
  const fingerprint = await sourceFingerprint();
  if (!options.force) {
    const manifest = await readManifest();
    if (manifest?.fingerprint === fingerprint) return manifest;
  }
  return buildBundle(fingerprint);
}

/** Builds the bundle into DIST_DIR and writes its manifest (esbuild is loaded only now). */
export async function buildBundle(fingerprint?: string): Promise<BundleManifest> {
  const print = fingerprint ?? (await sourceFingerprint());
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: projectPath(),
    entryPoints: {
      app: join(WEB_DIR, 'src', 'main.ts'),
      style: join(WEB_DIR, 'styles', 'app.css'),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    outdir: DIST_DIR,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  await mkdir(DIST_DIR, { recursive: true });
  const files: string[] = [];
  let script: string | undefined;
  let style: string | undefined;
  for (const output of result.outputFiles) {
    const name = basename(output.path);
    await writeAtomically(join(DIST_DIR, name), output.contents);
    files.push(name);
    const entry = result.metafile.outputs[relative(projectPath(), output.path)]?.entryPoint;
    if (entry?.endsWith('main.ts')) script = name;
    if (entry?.endsWith('app.css')) style = name;
  }
  if (script === undefined || style === undefined) {
    throw new Error('web bundle: esbuild produced no script or no style sheet');
  }
  const atlas = await copyHashed(ATLAS_FILE, 'countries-110m');
  const favicon = await copyHashed(join(WEB_DIR, 'favicon.svg'), 'favicon');
  files.push(atlas, favicon);
  const template = await readFile(join(WEB_DIR, 'index.html'), 'utf8');
  const html = fillTemplate(template, { script, style, atlas, favicon });
  const manifest: BundleManifest = {
    fingerprint: print,
    builtAt: new Date().toISOString(),
    html,
    script,
    style,
    atlas,
    favicon,
    files,
  };
  await writeAtomically(join(DIST_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await prune(new Set([...files, 'manifest.json']));
  return manifest;
}

/** The index page with `%NAME%` placeholders replaced by /assets/ URLs; a missing one throws. */
export function fillTemplate(template: string, assets: Record<string, string>): string {
  return template.replace(/%([A-Z]+)%/g, (whole, key: string) => {
    const file = assets[key.toLowerCase()];
    if (file === undefined) throw new Error(`web/index.html: unknown placeholder ${whole}`);
    return `/assets/${file}`;
  });
}

async function listSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== DIST_DIR && entry.name !== 'node_modules')
        files.push(...(await listSources(path)));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}

async function packageVersion(name: string): Promise<string> {
  try {
    const json = await readFile(projectPath('node_modules', name, 'package.json'), 'utf8');
    return String((JSON.parse(json) as { version?: unknown }).version);
  } catch {
    return 'absent';
  }
}

async function copyHashed(source: string, stem: string): Promise<string> {
  const contents = await readFile(source);
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
  const name = `${stem}-${hash}${extname(source)}`;
  await writeAtomically(join(DIST_DIR, name), contents);
  return name;
}

async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/** Removes files of earlier builds (kept for an hour, for pages still open on them). */
async function prune(keep: ReadonlySet<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(DIST_DIR)) {
    if (keep.has(name)) continue;
    const path = join(DIST_DIR, name);
    try {
      const info = await stat(path);
      if (info.isFile() && now - info.mtimeMs > PRUNE_AFTER_MS) await unlink(path);
    } catch {
      // Another process pruned it first.
    }
  }
}
