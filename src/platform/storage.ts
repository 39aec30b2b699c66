/**
 * Persistent settings in `storage.local`: kept across reloads and browser restarts. Written against the
 * API's storage part: bound to the polyfill for the extension pages (browser.ts) and to the browsers' own
 * namespace for the page script (page-api.ts).
 */
import { isValidSelector, normalizePicks, type PickStore } from '../shared/picks.ts';
import { normalizeCleaning, type CleaningSettings } from '../shared/settings.ts';
import type { ExtensionApi } from './messaging.ts';

export const STORAGE_KEYS = { cleaning: 'cleaning', reader: 'readerSettings', picks: 'picks' } as const;

export interface SettingsStore {
  loadCleaning(): Promise<CleaningSettings>;
  saveCleaning(settings: CleaningSettings): Promise<void>;
  loadValue(key: string): Promise<unknown>;
  saveValue(key: string, value: unknown): Promise<void>;
  /** Calls `listener` whenever the cleaning settings change, from any context; returns how to stop. */
  onCleaningChanged(listener: (settings: CleaningSettings) => void): () => void;
  /** The person's picks, invalid ones (unknown shape, a selector that does not parse) left out. */
  loadPicks(): Promise<PickStore>;
  savePicks(store: PickStore): Promise<void>;
  onPicksChanged(listener: (store: PickStore) => void): () => void;
}

/** A selector check against this context's document (the background worker has none: a selector is kept there). */
function parsesHere(selector: string): boolean {
  const doc = globalThis.document;
  return doc ? isValidSelector(selector, doc) : selector.trim() !== '';
}

export function bindStorage({ storage }: ExtensionApi): SettingsStore {
  const loadValue = async (key: string): Promise<unknown> => (await storage.local.get(key))[key];
  const saveValue = async (key: string, value: unknown): Promise<void> => storage.local.set({ [key]: value });
  const onKeyChanged = <T>(key: string, parse: (raw: unknown) => T, listener: (value: T) => void): (() => void) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[key];
      if (area === 'local' && change) listener(parse(change.newValue));
    };
    storage.onChanged.addListener(onChanged);
    return () => {
      try {
        storage.onChanged.removeListener(onChanged);
      } catch {
        // A content script cut off from the extension: the listener is dead already.
      }
    };
  };
  const parsePicks = (raw: unknown): PickStore => normalizePicks(raw, parsesHere).store;
  return {
    loadValue,
    saveValue,
    loadCleaning: async () => normalizeCleaning(await loadValue(STORAGE_KEYS.cleaning)),
    saveCleaning: (settings) => saveValue(STORAGE_KEYS.cleaning, settings),
    onCleaningChanged: (listener) => onKeyChanged(STORAGE_KEYS.cleaning, normalizeCleaning, listener),
    loadPicks: async () => parsePicks(await loadValue(STORAGE_KEYS.picks)),
    savePicks: (store) => saveValue(STORAGE_KEYS.picks, store),
    onPicksChanged: (listener) => onKeyChanged(STORAGE_KEYS.picks, parsePicks, listener),
  };
}
