// Refreshes the vendored filter lists (vendor/filter-lists/), then build and test:
//   node scripts/filters/refresh.mjs                    every list from its default source
//   node scripts/filters/refresh.mjs easylist           EasyList, from Debian's uBlock Origin package, the one
//                                                      source of EasyList this project reaches offline (apt only):
//                                                      apt-get install -y --no-install-recommends webext-ublock-origin-firefox
//   node scripts/filters/refresh.mjs liste-ar [FILE] [--commit SHA]
//                                                      Liste AR from a copy of Liste_AR.txt (default
//                                                      ../shared/filter-lists/liste-ar/Liste_AR.txt); --commit names the
//                                                      upstream commit it was taken from (kept when the file is unchanged)
//   node scripts/filters/refresh.mjs liste-ar --online  Liste AR from the repository its own header names ("Repo Git"),
//                                                      at the last commit that changed it (needs the internet)
// Only cosmetic (element-hiding) rules, the network exceptions that switch element hiding off on
// a site (`@@||site^$generichide`, `$elemhide`), and the list's header are kept: the extension does
// no network filtering, and dropping the network rules shrinks EasyList by about two thirds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PACKAGE = 'webext-ublock-origin-firefox';
const ASSETS = '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net/assets';
const OUT = 'vendor/filter-lists';
const SOURCES = `${OUT}/sources.json`;

/** `##`, `#@#` and the extended forms (`#?#`, `#$#`, `#%#`, `#@?#`, ...) mark cosmetic rules. */
const COSMETIC = /#@?[?$%]?#/;
/** Network exceptions that turn element hiding off on their sites; the engine honours them. */
const HIDE_EXCEPTION = /^@@.*\$(?:.*,)?(?:generichide|ghide|elemhide|ehide|specifichide|shide)(?:,|$)/;

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

/** A `! Name: value` line of a list's header ("Title", "Version", "Repo Git", ...). */
export function headerField(text, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`^!\\s*${escaped}\\s*:\\s*(.+?)\\s*$`, 'mi'))?.[1] ?? null;
}

const CHECKSUM_LINE = /^\s*!\s*checksum[\s\-:]+([\w+/=]+).*\n/im;

/**
 * Adblock Plus's own `! Checksum:` (base64 MD5 of the list without that line, CRs dropped and
 * blank lines collapsed): catches a truncated or altered copy. null when the list carries none.
 */
export function checksumHolds(text) {
  const stated = text.match(CHECKSUM_LINE)?.[1];
  if (!stated) return null;
  const body = text.replace(/\r/g, '').replace(CHECKSUM_LINE, '').replace(/\n+/g, '\n');
  return createHash('md5').update(body, 'utf8').digest('base64').replace(/=+$/, '') === stated.replace(/=+$/, '');
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const today = () => new Date().toISOString().slice(0, 10);

function packageVersion() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8' });
  } catch {
    throw new Error(`${PACKAGE} is not installed: apt-get update && apt-get install -y --no-install-recommends ${PACKAGE}`);
  }
}

/** Writes the cosmetic part of `raw` as `<name>-cosmetic.txt`; returns what sources.json records of it. */
function vendor(name, raw) {
  const { text, rules } = cosmeticOnly(raw);
  const file = `${name}-cosmetic.txt`;
  writeFileSync(`${OUT}/${file}`, text);
  console.log(`${OUT}/${file}: ${rules} rules, ${Buffer.byteLength(text)} of ${Buffer.byteLength(raw)} bytes`);
  return { file, sourceBytes: Buffer.byteLength(raw), bytes: Buffer.byteLength(text), rules, sha256: sha256(text) };
}

/** EasyList from Debian's package. */
async function easylist() {
  const version = packageVersion();
  const source = `${ASSETS}/thirdparties/easylist/easylist.txt`;
  if (!existsSync(source)) throw new Error(`${source} is missing from ${PACKAGE} ${version}`);
  const raw = readFileSync(source, 'utf8');
  return {
    title: headerField(raw, 'Title'),
    authors: 'The EasyList authors',
    homepage: headerField(raw, 'Homepage'),
    // Dual-licensed; the extension ships it under CC BY-SA 3.0 (filters/NOTICE.txt).
    licence: 'GPL-3.0-or-later OR CC-BY-SA-3.0',
    licenceUrl: headerField(raw, 'Licence'),
    from: { package: PACKAGE, version, path: source.replace(ASSETS, 'assets') },
    refreshed: today(),
    ...vendor('easylist', raw),
  };
}

const LISTE_AR_COPY = '../shared/filter-lists/liste-ar/Liste_AR.txt';
const LISTE_AR_FILE = 'Liste_AR.txt';

/** The latest Liste AR from the GitHub repository named by the vendored copy's "Repo Git" header line. */
async function downloadListeAr(previous) {
  const vendored = readFileSync(`${OUT}/${previous?.file ?? 'liste-ar-cosmetic.txt'}`, 'utf8');
  const repository = headerField(vendored, 'Repo Git');
  const [, owner, repo] = repository?.match(/^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/) ?? [];
  if (!owner || !repo) throw new Error(`no GitHub repository in the list's "Repo Git" header line: ${repository}`);
  const path = previous?.from?.path ?? LISTE_AR_FILE;
  const get = async (url) => {
    const response = await fetch(url, { headers: { 'user-agent': 'quiet-reader-refresh' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response;
  };
  const commits = await (await get(`https://api.github.com/repos/${owner}/${repo}/commits?path=${path}&per_page=1`)).json();
  const commit = commits[0]?.sha;
  if (!commit) throw new Error(`no commit of ${path} in ${repository}`);
  const url = `https://raw.githubusercontent.com/${owner}/${repo}/${commit}/${path}`;
  return { raw: checkListeAr(await (await get(url)).text()), from: { repository, path, commit, url } };
}

function checkListeAr(raw) {
  if (headerField(raw, 'Title') !== 'Liste AR') throw new Error(`not Liste AR: its title is ${headerField(raw, 'Title')}`);
  if (checksumHolds(raw) === false) throw new Error("Liste AR's own checksum does not match its text: a damaged copy");
  return raw;
}

/** Liste AR, the Arabic list that complements EasyList, from a local copy or from its repository. */
async function listeAr(args, previous) {
  let raw;
  let from;
  if (args.includes('--online')) {
    ({ raw, from } = await downloadListeAr(previous));
  } else {
    const at = args.indexOf('--commit');
    const copy = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--commit') ?? LISTE_AR_COPY;
    raw = checkListeAr(readFileSync(resolve(copy), 'utf8'));
    // The same file is the same upstream commit; a new file needs its commit named.
    const commit = at >= 0 ? args[at + 1] : previous?.sourceSha256 === sha256(raw) ? previous.from.commit : null;
    if (commit && !/^[0-9a-f]{40}$/.test(commit)) throw new Error(`--commit wants a full 40-digit commit id, not ${commit}`);
    if (!commit) console.warn('warning: no upstream commit recorded for this copy; pass --commit SHA');
    from = { repository: headerField(raw, 'Repo Git'), path: LISTE_AR_FILE, commit, copy };
  }
  return {
    title: 'Liste AR',
    version: headerField(raw, 'Version'),
    authors: 'The Liste AR authors',
    // The header's "Homepage" is the project's old Google Code page, closed in 2016.
    homepage: headerField(raw, 'Repo Git'),
    licence: 'CC-BY-SA-3.0',
    licenceUrl: headerField(raw, 'Licence'),
    from,
    refreshed: today(),
    sourceSha256: sha256(raw),
    ...vendor('liste-ar', raw),
  };
}

/** The lists we vendor, in the order the build compiles them (scripts/filters/compile.ts). */
const LISTS = { easylist, 'liste-ar': listeAr };

const [only, ...rest] = process.argv.slice(2);
if (only && !(only in LISTS)) throw new Error(`unknown list ${only}: one of ${Object.keys(LISTS).join(', ')}`);
const sources = existsSync(SOURCES) ? JSON.parse(readFileSync(SOURCES, 'utf8')) : { lists: {} };
for (const [name, refresh] of Object.entries(LISTS)) {
  if (only && name !== only) continue;
  sources.lists[name] = await refresh(only ? rest : [], sources.lists[name]);
  // After each list, so that a later list's failure leaves the record true to the files.
  writeFileSync(SOURCES, `${JSON.stringify(sources, null, 2)}\n`);
}
console.log(`${SOURCES} written; update the versions, dates and counts in ${OUT}/README.md`);
