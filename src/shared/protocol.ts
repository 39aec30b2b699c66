/**
 * The typed message protocol between the content script, the background and the extension pages.
 * Names say the direction: `content/*` is sent by the content script, `page/*` is sent by an
 * extension page to the content script of a tab, the background only listens.
 * Every message is validated by shape before a handler sees it (`parseMessage`).
 */
import type { Article, CommentSection, DetectionResult } from '../core/types.ts';

export interface CleaningCounts {
  commentSections: number;
  ads: number;
}

export interface PageInfo {
  url: string;
  title: string;
  detection: DetectionResult;
}

/** What the content script reports so the background can answer with the filter lists' rules for it. */
export interface PageFeatures {
  classes: string[];
  ids: string[];
  hrefs: string[];
  /** First request of a page: also the site's own rules and the generic ones not tied to a class, id or link. */
  wholePage: boolean;
}

export type Message =
  | { type: 'content/detected'; info: PageInfo }
  | { type: 'content/cosmetics'; features: PageFeatures }
  | { type: 'page/extract'; force: boolean }
  /** After an article whose `commentsDeferred` is true is shown: the comment threads it left out. */
  | { type: 'page/comments' }
  | { type: 'page/get-cleaning' };

/** A file a browser shows in its own viewer, where the content script sees the viewer, not the file's text. */
export type ShownFile = 'pdf' | 'image';

export type ExtractReply =
  | { ok: true; article: Article; detection: DetectionResult }
  | { ok: false; reason: 'not-article'; detection: DetectionResult }
  /** The tab shows a file the browser renders itself (a PDF, an image), not a web page. */
  | { ok: false; reason: 'not-a-page'; file: ShownFile }
  /** Extraction ran but found neither text nor an image (a page with an empty body, or one a broken tag swallowed). */
  | { ok: false; reason: 'no-text' }
  /** The reader script is not in the tab (it is injected when a person opens the reader; see src/popup/load.ts). */
  | { ok: false; reason: 'reader-missing' }
  | { ok: false; reason: 'error'; message: string };

/** What each request answers with. */
export interface Replies {
  'content/detected': void;
  /** The filter lists' CSS selectors that apply to this page (the page's address comes from the sender). */
  'content/cosmetics': string[];
  'page/extract': ExtractReply;
  'page/comments': CommentSection | null;
  'page/get-cleaning': CleaningCounts;
}

export type MessageType = Message['type'];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDetection(value: unknown): value is DetectionResult {
  return (
    isRecord(value) &&
    typeof value.isArticle === 'boolean' &&
    typeof value.score === 'number' &&
    Array.isArray(value.reasons) &&
    value.reasons.every((reason) => typeof reason === 'string')
  );
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A copy with exactly the known fields, or null when the shape is wrong. */
function toPageFeatures(value: unknown): PageFeatures | null {
  if (!isRecord(value) || !isStrings(value.classes) || !isStrings(value.ids) || !isStrings(value.hrefs)) return null;
  if (typeof value.wholePage !== 'boolean') return null;
  return { classes: value.classes, ids: value.ids, hrefs: value.hrefs, wholePage: value.wholePage };
}

function isPageInfo(value: unknown): value is PageInfo {
  return isRecord(value) && typeof value.url === 'string' && typeof value.title === 'string' && isDetection(value.detection);
}

/** Returns the message when it has exactly the shape of one of ours, otherwise null. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  switch (value.type) {
    case 'content/detected':
      return isPageInfo(value.info) ? { type: value.type, info: value.info } : null;
    case 'content/cosmetics': {
      const features = toPageFeatures(value.features);
      return features ? { type: value.type, features } : null;
    }
    case 'page/get-cleaning':
    case 'page/comments':
      return { type: value.type };
    case 'page/extract':
      return typeof value.force === 'boolean' ? { type: value.type, force: value.force } : null;
    default:
      return null;
  }
}
