import type { ShownFile } from '../shared/protocol.ts';

/** A tab showing a PDF or an image holds the browser's own viewer document, not the page's text: which one, or null. */
export function fileShown(contentType: string | undefined): ShownFile | null {
  const type = (contentType ?? '').toLowerCase();
  return type === 'application/pdf' ? 'pdf' : type.startsWith('image/') ? 'image' : null;
}
