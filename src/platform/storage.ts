/** Persistent settings in `storage.local`: kept across reloads and browser restarts. */
import { browser } from './browser.ts';
import { normalizeCleaning, type CleaningSettings } from '../shared/settings.ts';

export const STORAGE_KEYS = { cleaning: 'cleaning', reader: 'readerSettings' } as const;

export async function loadCleaning(): Promise<CleaningSettings> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.cleaning);
  return normalizeCleaning(stored[STORAGE_KEYS.cleaning]);
}

export async function saveCleaning(settings: CleaningSettings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.cleaning]: settings });
}

export async function loadValue(key: string): Promise<unknown> {
  const stored = await browser.storage.local.get(key);
  return stored[key];
}

export async function saveValue(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Calls `listener` whenever the cleaning settings change, from any context; returns how to stop. */
export function onCleaningChanged(listener: (settings: CleaningSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[STORAGE_KEYS.cleaning];
    if (area === 'local' && change) listener(normalizeCleaning(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // A content script cut off from the extension: the listener is dead already.
    }
  };
}
