/**
 * The names in the article header's meta line, each fact once. Publishers often put the site itself in the
 * author field ("CBS Detroit · CBS Detroit", "By CBS Detroit · CBS Detroit"): when one name says the other,
 * only one is shown. Compared as words, ignoring case, spacing and punctuation, so "Annabel Smith" never
 * swallows a site called "Bel". Pure: the reader view and the CLI's text output share it.
 */
export interface HeaderNames {
  byline: string | null;
  siteName: string | null;
}

export function headerNames(byline: string | null, siteName: string | null): HeaderNames {
  if (!byline || !siteName) return { byline, siteName };
  const by = words(byline);
  const site = words(siteName);
  if (by.length === 0 || site.length === 0) return { byline, siteName };
  // The same name, however it is spaced or punctuated ("CBS-Detroit", "CBSDetroit"): the site's spelling.
  if (by.join('') === site.join('')) return { byline: null, siteName };
  // The byline names the site and more ("By CBS Detroit", "Jane Doe, CBS Detroit"): it says both facts.
  if (containsRun(by, site)) return { byline, siteName: null };
  // The byline is part of the site's name ("CBS" on "CBS Detroit"): the site says it.
  if (containsRun(site, by)) return { byline: null, siteName };
  return { byline, siteName };
}

/** Lower-cased words (letters, digits and combining marks), in compatibility form: "Ｃ＆Ｎ" is "c", "n". */
function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** `run` occurs in `list` as consecutive words. */
function containsRun(list: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= list.length; i++) {
    if (run.every((word, j) => list[i + j] === word)) return true;
  }
  return false;
}
