// Builds the extension for both browsers from the one source tree:
//   dist/chrome/, dist/firefox/, dist/quiet-reader-<browser>-<version>.zip
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version;
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];

// The ad filter lists, compiled once into public/filters/engine.bin, which both builds copy.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/filters/compile.ts'], { stdio: 'inherit' });

for (const target of targets) {
  const started = Date.now();
  process.env.QR_BROWSER = target;
  await build({ logLevel: 'warn' });
  // The reader injects these by path (src/shared/scripts.ts): a build without one would fail only at run time.
  for (const script of ['src/content/index.js', 'src/content/reader.js', 'src/content/picker.js']) {
    if (!existsSync(`dist/${target}/${script}`)) throw new Error(`dist/${target}/${script} was not built`);
  }
  const zip = `quiet-reader-${target}-${version}.zip`;
  rmSync(`dist/${zip}`, { force: true });
  // web-ext packs a folder into a store-ready zip (it works for the Chrome build as well).
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist', '--filename', zip, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`built dist/${target}/ and dist/${zip} in ${Date.now() - started} ms`);
}
