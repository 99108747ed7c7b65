#!/usr/bin/env node
// Entry point for `npx winnow` / the package `bin`. Runs the bundle dist/winnow.mjs made by
// `npm run build` (run by `npm ci` through `prepare`) when it is newer than every source file,
// else the TypeScript CLI through tsx (an edited checkout never runs a stale bundle).
// WINNOW_SOURCE=1 forces the TypeScript sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'winnow.mjs');

/** Newest modification time (ms) of the .ts files under `dir`, recursively. */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.WINNOW_SOURCE === '1' || !existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return ['lib', 'bin'].every((d) => newestSource(path.join(root, d)) <= built);
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./winnow.ts');
}
