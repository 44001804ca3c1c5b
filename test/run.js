#!/usr/bin/env node
// Runs every test/**/*.test.ts with uvu (TypeScript through tsx) and ends with the plain summary
// line `N passed, N failed` that CI reads. Usage: node test/run.js [pattern]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const uvuBin = path.join(path.dirname(require.resolve('uvu')), '..', 'bin.js');
const pattern = process.argv[2] ?? '\\.test\\.ts$';

// uvu runs only the tests declared before `test.run()`: one added after it would silently never run.
const here = path.dirname(new URL(import.meta.url).pathname);
const lateTests = fs.readdirSync(here).filter((f) => f.endsWith('.test.ts')).filter((f) => {
  const source = fs.readFileSync(path.join(here, f), 'utf8');
  const run = source.lastIndexOf('\ntest.run()');
  return run >= 0 && /\ntest(?:\.\w+)?\(/.test(source.slice(run + 1));
});

const child = spawn(process.execPath, ['--import', 'tsx', uvuBin, 'test', pattern, '-i', 'fixtures'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
});
let output = '';
child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
child.on('close', (code) => {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const total = Number(/Total:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  const passed = Number(/Passed:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  const skipped = Number(/Skipped:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  let failed = total - passed - skipped;
  // A crash before the summary, or a run with no test at all, is a failure, never a pass.
  if (code !== 0 && failed === 0) failed = 1;
  if (total === 0) { console.error('no tests ran'); failed = Math.max(failed, 1); }
  for (const file of lateTests) { console.error(`${file}: tests declared after test.run() never run; move test.run() to the end`); failed++; }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed ? 1 : 0;
});
