// Runs the end-to-end tests in real Chromium and Firefox with the built extension.
// Usage: node tests/e2e/run.mjs [--browser chromium|firefox] [files...]
// Browsers run one at a time (the machine has 2 cores); a missing browser fails with the
// package to install, never a silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';

const args = process.argv.slice(2);
const browserIndex = args.indexOf('--browser');
const env = { ...process.env };
if (browserIndex >= 0) {
  env.QR_E2E_BROWSERS = args[browserIndex + 1];
  args.splice(browserIndex, 2);
}
const NEEDED = [
  ['chromium', '/usr/bin/chromium', 'chromium'],
  ['firefox', '/usr/bin/firefox-esr', 'firefox-esr'],
  // Firefox shows an extension in Arabic only with its Arabic language pack installed.
  ['firefox', '/usr/share/doc/firefox-esr-l10n-ar', 'firefox-esr-l10n-ar'],
];
for (const [name, path, apt] of NEEDED) {
  const wanted = (env.QR_E2E_BROWSERS ?? 'chromium,firefox').split(',').includes(name);
  if (wanted && !existsSync(path)) {
    console.error(`${apt} is missing (${path}): install it with "apt-get install -y ${apt}".`);
    process.exit(1);
  }
}
if (!existsSync('dist/chrome/manifest.json') || !existsSync('dist/firefox/manifest.json')) {
  console.error('The extension is not built: run "npm run build" first.');
  process.exit(1);
}
const files = args.length ? args : readdirSync('tests/e2e').filter((f) => f.endsWith('.test.ts')).sort().map((f) => `tests/e2e/${f}`);
mkdirSync('test-results', { recursive: true });
const result = spawnSync(
  'node',
  [
    '--import', 'tsx',
    '--test', '--test-concurrency=1', '--test-timeout=180000',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', '--test-reporter-destination=test-results/e2e.tap',
    ...files,
  ],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
