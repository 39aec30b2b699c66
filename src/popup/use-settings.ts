/** Reader settings and page-cleaning choices, loaded from and saved to storage. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadCleaning, loadValue, onCleaningChanged, saveCleaning, saveValue } from '../platform/browser.ts';
import { STORAGE_KEYS } from '../platform/storage.ts';
import { effectiveCleaning, pageCleaningFor, withCleaning, withoutSiteOverride, type CleaningSettings } from '../shared/settings.ts';
import type { TextDirection } from '../core/types.ts';
import {
  normalizeReaderSettings, type CleaningKind, type CleaningScope, type ReaderSettings,
} from '../ui/settings.ts';

/**
 * Only the fields the user changed are stored, so untouched ones keep following their defaults
 * (the font follows the article's direction until the user picks one).
 */
export function useReaderSettings(dir: TextDirection) {
  const [stored, setStored] = useState<Record<string, unknown> | null>(null);
  useEffect(() => {
    loadValue(STORAGE_KEYS.reader).then(
      (value) => setStored(typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}),
      () => setStored({}),
    );
  }, []);
  const settings = normalizeReaderSettings(stored ?? {}, dir);
  const change = useCallback((next: ReaderSettings, changed: keyof ReaderSettings) => {
    setStored((current) => {
      const updated = { ...current, [changed]: next[changed] };
      void saveValue(STORAGE_KEYS.reader, updated);
      return updated;
    });
  }, []);
  return { settings, loaded: stored !== null, change };
}

export function useCleaning(host: string) {
  const [settings, setSettings] = useState<CleaningSettings | null>(null);
  useEffect(() => {
    void loadCleaning().then(setSettings);
    onCleaningChanged(setSettings);
  }, []);
  const toggle = useCallback(
    (kind: CleaningKind, scope: CleaningScope, value: boolean | null) => {
      if (!settings) return;
      let next: CleaningSettings;
      // "All sites" sets the global value and drops this site's override, so the site follows it.
      if (scope === 'global') next = withoutSiteOverride(withCleaning(settings, kind, value ?? settings.global[kind], 'global'), kind, host);
      else if (value === null || !host) next = withoutSiteOverride(settings, kind, host);
      else next = withCleaning(settings, kind, value, { site: host });
      setSettings(next);
      void saveCleaning(next);
    },
    [settings, host],
  );
  return {
    state: settings ? pageCleaningFor(settings, host) : null,
    effective: settings ? effectiveCleaning(settings, host) : null,
    toggle,
  };
}
