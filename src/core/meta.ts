/**
 * The page's `<meta>` values in one pass, shared by detection, metadata and language: content by the
 * lower-cased `property`, `name`, `itemprop` or `http-equiv` (Open Graph, Twitter, Dublin Core, schema.org
 * and Content-Language alike). The first non-empty value of a key wins, as browsers and crawlers read them.
 * A tag list, not an attribute selector: jsdom's selector engine is slow and detection runs on every page.
 */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}
