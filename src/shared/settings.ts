/**
 * The user's page-cleaning choices: a global default for each kind, and per-site overrides.
 * Pure data and pure functions; reading and writing storage lives in platform/storage.ts.
 */
import { CLEANING_KINDS, type CleaningKind, type PageCleaningState } from '../ui/page-cleaning.ts';

export type { CleaningKind };

export type CleaningFlags = Record<CleaningKind, boolean>;

export interface CleaningSettings {
  global: CleaningFlags;
  /** hostname → the kinds this site overrides; a missing kind follows the global default. */
  sites: Record<string, Partial<CleaningFlags>>;
}

/** Both on by default: hiding ads and comments is what people install the extension for. */
export const DEFAULT_CLEANING: CleaningSettings = {
  global: { hideComments: true, hideAds: true },
  sites: {},
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flagsFrom(value: unknown): Partial<CleaningFlags> {
  const flags: Partial<CleaningFlags> = {};
  if (!isRecord(value)) return flags;
  for (const kind of CLEANING_KINDS) {
    if (typeof value[kind] === 'boolean') flags[kind] = value[kind];
  }
  return flags;
}

/** Accepts anything read from storage and returns valid settings, keeping what is valid. */
export function normalizeCleaning(raw: unknown): CleaningSettings {
  const source = isRecord(raw) ? raw : {};
  const sites: CleaningSettings['sites'] = {};
  if (isRecord(source.sites)) {
    for (const [host, flags] of Object.entries(source.sites)) {
      const parsed = flagsFrom(flags);
      if (Object.keys(parsed).length > 0) sites[host] = parsed;
    }
  }
  return { global: { ...DEFAULT_CLEANING.global, ...flagsFrom(source.global) }, sites };
}

export function effectiveCleaning(settings: CleaningSettings, host: string): CleaningFlags {
  return { ...settings.global, ...settings.sites[host] };
}

/** Sets a kind either for every site (clearing no overrides) or for one site only. */
export function withCleaning(
  settings: CleaningSettings,
  kind: CleaningKind,
  value: boolean,
  scope: 'global' | { site: string },
): CleaningSettings {
  if (scope === 'global') return { ...settings, global: { ...settings.global, [kind]: value } };
  const site = { ...settings.sites[scope.site], [kind]: value };
  return { ...settings, sites: { ...settings.sites, [scope.site]: site } };
}

/** Removes a site's override of a kind, so the site follows the global default again. */
export function withoutSiteOverride(settings: CleaningSettings, kind: CleaningKind, site: string): CleaningSettings {
  const { [kind]: _dropped, ...rest } = settings.sites[site] ?? {};
  const sites = { ...settings.sites };
  if (Object.keys(rest).length > 0) sites[site] = rest;
  else delete sites[site];
  return { ...settings, sites };
}

/** The stored choices seen from one site, in the shape the toggles show. */
export function pageCleaningFor(settings: CleaningSettings, host: string): PageCleaningState {
  const site = settings.sites[host] ?? {};
  return {
    hideComments: { global: settings.global.hideComments, site: site.hideComments ?? null },
    hideAds: { global: settings.global.hideAds, site: site.hideAds ?? null },
  };
}

