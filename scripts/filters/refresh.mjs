// Refreshes the vendored filter lists from Debian's uBlock Origin package, the one source of
// recent lists this project can reach offline (apt only):
//   apt-get install -y --no-install-recommends webext-ublock-origin-firefox
//   node scripts/filters/refresh.mjs
// Only cosmetic (element-hiding) rules, the network exceptions that switch element hiding off on
// a site (`@@||site^$generichide`, `$elemhide`), and the list's header are kept: the extension does
// no network filtering, and dropping the network rules shrinks EasyList by about two thirds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const PACKAGE = 'webext-ublock-origin-firefox';
const ASSETS = '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net/assets';
const OUT = 'vendor/filter-lists';

/** The lists we vendor: Debian's package ships EasyList but no regional list (no Liste AR). */
const LISTS = [{ name: 'easylist', source: `${ASSETS}/thirdparties/easylist/easylist.txt` }];

/** `##`, `#@#` and the extended forms (`#?#`, `#$#`, `#%#`, `#@?#`, ...) mark cosmetic rules. */
const COSMETIC = /#@?[?$%]?#/;
/** Network exceptions that turn element hiding off on their sites; the engine honours them. */
const HIDE_EXCEPTION = /^@@.*\$(?:.*,)?(?:generichide|ghide|elemhide|ehide|specifichide|shide)(?:,|$)/;

function packageVersion() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8' });
  } catch {
    throw new Error(`${PACKAGE} is not installed: apt-get update && apt-get install -y --no-install-recommends ${PACKAGE}`);
  }
}

/** The header (the first `[Adblock ...]` and `!` lines: title, homepage, licence) and every rule that hides or un-hides. */
export function cosmeticOnly(text) {
  const lines = text.split(/\r?\n/);
  const header = [];
  for (const line of lines) {
    if (!line.startsWith('!') && !line.startsWith('[')) break;
    header.push(line);
  }
  const rules = lines.filter((line) => !line.startsWith('!') && (COSMETIC.test(line) || HIDE_EXCEPTION.test(line)));
  return { text: [...header, ...rules, ''].join('\n'), rules: rules.length, header };
}

const version = packageVersion();
const sources = { package: PACKAGE, version, refreshed: new Date().toISOString().slice(0, 10), lists: {} };
for (const list of LISTS) {
  if (!existsSync(list.source)) throw new Error(`${list.source} is missing from ${PACKAGE} ${version}`);
  const raw = readFileSync(list.source, 'utf8');
  const { text, rules } = cosmeticOnly(raw);
  const file = `${list.name}-cosmetic.txt`;
  writeFileSync(`${OUT}/${file}`, text);
  sources.lists[list.name] = {
    file,
    source: list.source.replace(ASSETS, 'assets'),
    sourceBytes: Buffer.byteLength(raw),
    bytes: Buffer.byteLength(text),
    rules,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  console.log(`${OUT}/${file}: ${rules} rules, ${Buffer.byteLength(text)} of ${Buffer.byteLength(raw)} bytes`);
}
writeFileSync(`${OUT}/sources.json`, `${JSON.stringify(sources, null, 2)}\n`);
console.log(`from ${PACKAGE} ${version}; update vendor/filter-lists/README.md if the version changed`);
