/**
 * Persistent settings in `storage.local`: kept across reloads and browser restarts. Written against the
 * API's storage part: bound to the polyfill for the extension pages (browser.ts) and to the browsers' own
 * namespace for the page script (page-api.ts).
 */
import { normalizeCleaning, type CleaningSettings } from '../shared/settings.ts';
import type { ExtensionApi } from './messaging.ts';

export const STORAGE_KEYS = { cleaning: 'cleaning', reader: 'readerSettings' } as const;

export interface SettingsStore {
  loadCleaning(): Promise<CleaningSettings>;
  saveCleaning(settings: CleaningSettings): Promise<void>;
  loadValue(key: string): Promise<unknown>;
  saveValue(key: string, value: unknown): Promise<void>;
  /** Calls `listener` whenever the cleaning settings change, from any context; returns how to stop. */
  onCleaningChanged(listener: (settings: CleaningSettings) => void): () => void;
}

export function bindStorage({ storage }: ExtensionApi): SettingsStore {
  const loadValue = async (key: string): Promise<unknown> => (await storage.local.get(key))[key];
  const saveValue = async (key: string, value: unknown): Promise<void> => storage.local.set({ [key]: value });
  return {
    loadValue,
    saveValue,
    loadCleaning: async () => normalizeCleaning(await loadValue(STORAGE_KEYS.cleaning)),
    saveCleaning: (settings) => saveValue(STORAGE_KEYS.cleaning, settings),
    onCleaningChanged(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
        const change = changes[STORAGE_KEYS.cleaning];
        if (area === 'local' && change) listener(normalizeCleaning(change.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => {
        try {
          storage.onChanged.removeListener(onChanged);
        } catch {
          // A content script cut off from the extension: the listener is dead already.
        }
      };
    },
  };
}
