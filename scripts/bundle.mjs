#!/usr/bin/env node
/**
 * `npm run build` (also run by `npm ci` / `npm install` through `prepare`): bundles the CLI
 * (bin/winnow.ts) and the benchmark (bench/run.ts) with the project's own esbuild into
 * dist/winnow.mjs and dist/bench.mjs: one ESM file each, as the Lambda functions are bundled
 * (lib/infra/function.ts). bin/winnow.js runs dist/winnow.mjs when it is newer than every
 * source file, else the TypeScript through tsx, so an edited checkout never runs stale code.
 *
 * The AWS SDK and s3rver stay external (resolved from node_modules at run time); everything
 * else, JSON tables of packages included, is bundled. `--outdir DIR` writes elsewhere (tests). Throws (exit 1) on any esbuild error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

const banner = [
  "import { createRequire as __winnowCreateRequire } from 'node:module';",
  'const require = __winnowCreateRequire(import.meta.url);',
].join(' ');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['s3rver', '@aws-sdk/*', '@smithy/*'],
  banner: { js: banner },
  logLevel: 'warning',
  charset: 'utf8',
};

await build({ ...common, entryPoints: ['bin/winnow.ts'], outfile: path.join(values.outdir, 'winnow.mjs') });
await build({ ...common, entryPoints: ['bench/run.ts'], outfile: path.join(values.outdir, 'bench.mjs') });
