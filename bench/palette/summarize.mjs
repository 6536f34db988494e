// Turns the JSON lines of `melodyhue palette` and compare.mjs into the table of
// docs/palette.md: time per cover (median, p95, ratio to MelodyHue) and how far each tool's
// dominant colour is from the colour the cover was drawn with (OKLab distance × 100; a
// difference of about 2 is just noticeable).
// Usage: node summarize.mjs expected.json melodyhue.jsonl others.jsonl
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [expectedPath, oursPath, othersPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
const lines = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const rows = [
  ...lines(oursPath).map((r) => ({ tool: 'MelodyHue', file: r.file, color: r.dominant, ms: r.ms })),
  ...lines(othersPath),
];

function oklab(hex) {
  const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16)));
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
          1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
          0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s];
}
const deltaE = (a, b) => { const p = oklab(a), q = oklab(b); return 100 * Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]); };
const quantile = (values, q) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const kind = (file) => basename(file).replace(/-\d+\.jpg$/, '');

const tools = [...new Set(rows.map((r) => r.tool))];
const ourMedian = quantile(rows.filter((r) => r.tool === 'MelodyHue').map((r) => r.ms), 0.5);
console.log('| tool | median ms | p95 ms | × slower than MelodyHue | dominant error, median | within 5 | worst |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const tool of tools) {
  const mine = rows.filter((r) => r.tool === tool);
  const errors = mine.map((r) => deltaE(r.color, expected[basename(r.file)]));
  const median = quantile(mine.map((r) => r.ms), 0.5);
  console.log(`| ${tool} | ${median.toFixed(2)} | ${quantile(mine.map((r) => r.ms), 0.95).toFixed(2)} | `
    + `${(median / ourMedian).toFixed(1)} | ${quantile(errors, 0.5).toFixed(1)} | `
    + `${Math.round(100 * errors.filter((e) => e <= 5).length / errors.length)} % | ${Math.max(...errors).toFixed(0)} |`);
}
console.log('\nMedian dominant error by kind of cover:\n');
const kinds = [...new Set(rows.map((r) => kind(r.file)))].sort();
console.log(`| tool | ${kinds.join(' | ')} |`);
console.log(`| --- |${kinds.map(() => ' --- |').join('')}`);
for (const tool of tools) {
  const cells = kinds.map((k) => quantile(rows.filter((r) => r.tool === tool && kind(r.file) === k)
    .map((r) => deltaE(r.color, expected[basename(r.file)])), 0.5).toFixed(1));
  console.log(`| ${tool} | ${cells.join(' | ')} |`);
}
