/** Export and import of picks as a file, in the page: nothing is sent or fetched, and no permission is needed. */
import { exportPicks, importPicks, isValidSelector, type PickStore, type PicksImport } from '../shared/picks.ts';

/** No picks file comes near this: a larger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function exportFileName(now: Date): string {
  return `quiet-reader-picks-${now.toISOString().slice(0, 10)}.json`;
}

/** Offers `store` as a JSON file download (a Blob and an `<a download>`); returns the file's name. */
export function downloadPicks(store: PickStore, now: Date, doc: Document = document): string {
  const fileName = exportFileName(now);
  const url = URL.createObjectURL(new Blob([exportPicks(store, now)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after the click returns: revoking it at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}

export type FileImport = PicksImport | { ok: false; error: 'too-large' | 'unreadable' };

/** The text of a chosen file, or why it cannot be a picks file before it is parsed. */
export async function readPicksFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; error: 'too-large' | 'unreadable' }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

/** Merges the picks of an export file's text into `store`; selectors are checked to parse in this page. */
export function mergePicksFile(store: PickStore, text: string, doc: Document = document): PicksImport {
  return importPicks(store, text, (selector) => isValidSelector(selector, doc));
}
