/**
 * The ad filter lists' engine (@ghostery/adblocker), cosmetic rules only: which of the lists'
 * element-hiding selectors apply to a page, given its address and the classes, ids and links it
 * has. Pure (no browser API), so the build script, the measurements and the unit tests run the
 * same code as the background.
 */
import { FiltersEngine } from '@ghostery/adblocker';
import { parse } from 'tldts-experimental';
import type { PageFeatures } from '../shared/protocol.ts';

/**
 * How the lists are compiled. Network filters are "loaded" only because the vendored lists keep
 * one kind of them, `@@||site^$generichide` / `$elemhide`, the exceptions that switch hiding off on
 * a site; every blocking rule was dropped when the lists were vendored. No scriptlets, no HTML
 * filtering, no extended (`:-abp-has`) selectors: we only hide with plain CSS selectors.
 */
export const ENGINE_OPTIONS = {
  loadCosmeticFilters: true,
  loadGenericCosmeticsFilters: true,
  loadNetworkFilters: true,
  loadExceptionFilters: true,
  loadCSPFilters: false,
  loadExtendedSelectors: false,
  enableHtmlFiltering: false,
  // Compressed is a sixth smaller unpacked but only 3 % smaller zipped, and every query decompresses.
  enableCompression: false,
} as const;

export function compileEngine(lists: string[]): FiltersEngine {
  return FiltersEngine.parse(lists.join('\n'), ENGINE_OPTIONS);
}

export function loadEngine(serialized: Uint8Array): FiltersEngine {
  return FiltersEngine.deserialize(serialized);
}

/**
 * Generic rules with no class, id or link to index them by (about 130 in EasyList). The ones no
 * exception names and no site limits are the engine's "base stylesheet": the matcher leaves them
 * out (it serves them as CSS), so we add them ourselves; computed once per engine.
 */
const baseSelectors = new WeakMap<FiltersEngine, string[]>();

function baseOf(engine: FiltersEngine): string[] {
  let selectors = baseSelectors.get(engine);
  if (!selectors) {
    const cancellable = new Set(engine.cosmetics.unhideIndex.getFilters().map((unhide) => unhide.getSelector()));
    selectors = engine.cosmetics.genericRules
      .getFilters()
      .filter((rule) => !rule.hasHostnameConstraint() && !rule.hasCustomStyle() && !rule.isScriptInject())
      .map((rule) => rule.getSelector())
      .filter((selector) => !cancellable.has(selector));
    baseSelectors.set(engine, selectors);
  }
  return selectors;
}

/**
 * The selectors to hide on this page. We ask for matching filters rather than the engine's ready
 * stylesheet because the content script turns selectors into our own reversible markers (so the
 * popup can count them and the reader can drop them too). Exceptions (`#@#`, `$generichide`)
 * come back paired with the filter they cancel and are honoured here.
 */
export function listSelectors(engine: FiltersEngine, url: string, page: PageFeatures): string[] {
  const parsed = parse(url);
  const hostname = parsed.hostname ?? '';
  const { matches, allowGenericHides } = engine.matchCosmeticFilters({
    url,
    hostname,
    domain: parsed.domain ?? hostname,
    classes: page.classes,
    ids: page.ids,
    hrefs: page.hrefs,
    getRulesFromDOM: true,
    getRulesFromHostname: page.wholePage,
    getInjectionRules: false,
    getExtendedRules: false,
  });
  const selectors = new Set<string>();
  if (page.wholePage && allowGenericHides) for (const selector of baseOf(engine)) selectors.add(selector);
  for (const { filter, exception } of matches) {
    // `:style()` rules restyle rather than hide; scriptlets are not ours to run.
    if (filter && !exception && !filter.hasCustomStyle() && !filter.isScriptInject()) selectors.add(filter.getSelector());
  }
  return [...selectors];
}
