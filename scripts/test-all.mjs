// npm test: every check in order, failing fast, then one closing line for all suites together:
// "N passed, N failed". Checks that are not test suites (type check, lint, build, web-ext lint)
// count as one test each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function step(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    finish();
  }
}

/** A test suite: counts its own tests from the report file it writes. */
function suite(label, command, args, count) {
  const ok = run(label, command, args);
  const counts = count();
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) failed += 1; // it crashed before reporting a failed test
  if (!ok) finish();
}

step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);

rmSync('test-results/vitest.json', { force: true });
suite('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'], () => {
  try {
    const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return { passed: 0, failed: 0 };
  }
});

step('build', 'node', ['scripts/build.mjs']);
step('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted']);

rmSync('test-results/e2e.tap', { force: true });
suite('end-to-end tests (Chromium and Firefox)', 'node', ['tests/e2e/run.mjs'], () => {
  try {
    const tap = readFileSync('test-results/e2e.tap', 'utf8');
    const read = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
    return { passed: read('pass'), failed: read('fail') + read('cancelled') };
  } catch {
    return { passed: 0, failed: 0 };
  }
});

finish();
