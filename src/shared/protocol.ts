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

/** What the picker is for: a block to hide (then asked: comments or ads), or the article's container. */
export type PickMode = 'hide' | 'article';

/** A block hidden on the page, as the popup lists it; `index` names it in later requests. */
export interface HiddenBlock {
  index: number;
  kind: 'comments' | 'ads';
  /** Its first words ('' when it has no text yet, such as a widget's empty frame). */
  label: string;
}

export type Message =
  | { type: 'content/detected'; info: PageInfo }
  | { type: 'content/cosmetics'; features: PageFeatures }
  | { type: 'page/extract'; force: boolean }
  /** After an article whose `commentsDeferred` is true is shown: the comment threads it left out. */
  | { type: 'page/comments' }
  | { type: 'page/get-cleaning' }
  /** Starts the picker on the page (content/picker.ts, injected first). */
  | { type: 'page/pick'; mode: PickMode }
  /** The blocks hidden on the page now, each with an index for page/peek and page/keep. */
  | { type: 'page/hidden' }
  /** Shows and outlines the listed block `index` on the page; null puts it back. */
  | { type: 'page/peek'; index: number | null }
  /** Saves a 'keep' pick for the listed block `index`: not clutter of its kind on this site. */
  | { type: 'page/keep'; index: number };

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
  'page/pick': boolean;
  'page/hidden': HiddenBlock[];
  'page/peek': boolean;
  'page/keep': boolean;
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

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
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
    case 'page/hidden':
      return { type: value.type };
    case 'page/pick':
      return value.mode === 'hide' || value.mode === 'article' ? { type: value.type, mode: value.mode } : null;
    case 'page/peek':
      return value.index === null || isIndex(value.index) ? { type: value.type, index: value.index } : null;
    case 'page/keep':
      return isIndex(value.index) ? { type: value.type, index: value.index } : null;
    case 'page/extract':
      return typeof value.force === 'boolean' ? { type: value.type, force: value.force } : null;
    default:
      return null;
  }
}
