/**
 * `npm run bench`: documents per second and peak memory of the whole core (decode, clean,
 * extract, validate) on plain-text articles, HTML pages and CSV rows, on one core; and, on
 * the same HTML pages in the same run, Readability.js (npm, on linkedom) and readability-lxml
 * (Debian python3-readability), reported as ratios.
 *
 *   npm run bench -- [--text DIR] [--html DIR] [--csv FILE] [--rounds N] [--warmup N]
 *
 * `npm run bench` first bundles this script with the core (scripts/bundle.mjs -> dist/bench.mjs),
 * so it times the same bundled code the CLI (dist/winnow.mjs) and the Lambda functions run.
 *
 * Defaults: the shared samples beside the project when present (../shared), else examples/
 * and tests/fixtures. Speed claims in the README come from this script.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { processObject } from '../lib/core/pipeline.ts';
import { processTabularStream } from '../lib/core/stream.ts';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const { values } = parseArgs({
  options: {
    text: { type: 'string', default: existsSync(shared) ? path.join(shared, 'samples/raw-text') : path.join(root, 'examples') },
    html: { type: 'string', default: existsSync(shared) ? path.join(shared, 'bench/aeb/html') : path.join(root, 'tests/fixtures/html') },
    csv: {
      type: 'string',
      default: existsSync(shared)
        ? path.join(shared, 'samples/csv/fakenewscorpus-sample.csv')
        : path.join(root, 'tests/fixtures/tabular/unnamed-index.csv'),
    },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
  },
});
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);

function files(dir: string, test: (f: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (test(f)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function time(label: string, n: number, fn: () => void, warm = warmup): number {
  // Warm-up rounds: V8 compiles the rule tables' regexes and optimises the hot functions over the
  // first few hundred documents; a corpus of thousands runs at the steady rate measured after.
  for (let i = 0; i < warm; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  const s = (performance.now() - t0) / 1000;
  const rate = (n * rounds) / s;
  const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `${label.padEnd(34)} ${String(n * rounds).padStart(6)} docs ${s.toFixed(2).padStart(7)} s ${rate.toFixed(1).padStart(8)} docs/s  (peak RSS so far ${rss} MiB)`,
  );
  return rate;
}

const text = files(values.text, (f) => f.endsWith('.txt')).map((p) => ({ key: path.basename(p), bytes: readFileSync(p) }));
const html = files(values.html, (f) => /\.html?(\.gz)?$/.test(f)).map((p) => ({ key: path.basename(p), bytes: readFileSync(p) }));
const htmlStrings = html.map((h) => (h.key.endsWith('.gz') ? gunzipSync(h.bytes) : h.bytes).toString('utf8'));

console.log(`winnow bench: node ${process.version}, one core, ${rounds} rounds after ${warmup} warm-up rounds`);
console.log(`inputs: ${text.length} text articles from ${values.text}, ${html.length} HTML pages from ${values.html}, CSV ${values.csv}`);
if (!existsSync(shared))
  console.log(
    'note: ../shared is absent, so these are the few bundled examples: rates are not comparable with the README (pass --text/--html/--csv)',
  );
const textRate = time('plain-text articles (whole core)', text.length, () => {
  for (const t of text) processObject(t);
});
const htmlRate = time('HTML pages (whole core)', html.length, () => {
  for (const h of html) processObject(h);
});
const readabilityRate = time(
  'HTML pages (Readability.js only)',
  html.length,
  () => {
    for (const s of htmlStrings) new Readability(parseHTML(s).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  },
  1,
);
const csvBytes = readFileSync(values.csv);
let csvRows = 0;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) {
  for await (const batch of processTabularStream({ key: 'bench.csv', chunks: [csvBytes] }, 'csv'))
    csvRows += batch.records.length + batch.rejects.length;
}
const csvS = (performance.now() - t0) / 1000;
console.log(
  `${'CSV rows (streaming, whole core)'.padEnd(34)} ${String(csvRows).padStart(6)} rows ${csvS.toFixed(2).padStart(7)} s ${(csvRows / csvS).toFixed(1).padStart(8)} rows/s`,
);

let lxml: number | null = null;
try {
  const out = execFileSync('/usr/bin/python3', [path.join(root, 'bench/readability_lxml.py'), values.html, String(rounds)], {
    encoding: 'utf8',
  });
  lxml = JSON.parse(out.trim().split('\n').pop() ?? '{}').pages_per_s ?? null;
  console.log(`${'HTML pages (readability-lxml only)'.padEnd(34)} ${lxml?.toFixed(1).padStart(29)} pages/s`);
} catch {
  console.log('readability-lxml: not available (apt-get install python3-readability)');
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
console.log(
  `ratios: winnow HTML / Readability.js = ${(htmlRate / readabilityRate).toFixed(2)}` +
    (lxml ? `, winnow HTML / readability-lxml = ${(htmlRate / lxml).toFixed(2)}` : ''),
);
void textRate;
