// Times the npm packages people use for cover colours on the same files as `melodyhue palette`,
// decode included, in one process after a warm-up, and prints one JSON line per file and tool.
// Usage: node compare.mjs FILE...
import { getColor } from 'colorthief';
import { getAverageColor } from 'fast-average-color-node';

const tools = {
  // colorthief's dominant colour (MMCQ over sampled pixels).
  'colorthief': async (file) => (await getColor(file)).hex(),
  // fast-average-color's default: the (square-root) average colour.
  'fast-average-color': async (file) => (await getAverageColor(file)).hex,
  // fast-average-color's most frequent colour bucket.
  'fast-average-color (dominant)': async (file) => (await getAverageColor(file, { algorithm: 'dominant' })).hex,
};

const files = process.argv.slice(2);
for (const [name, run] of Object.entries(tools)) {
  await run(files[0]); // warm-up: loads sharp and libvips
  for (const file of files) {
    const start = performance.now();
    const color = await run(file);
    const ms = performance.now() - start;
    process.stdout.write(JSON.stringify({ tool: name, file, color, ms }) + '\n');
  }
}
