/**
 * One live content script per page. Copies of it can meet in a tab: the one the manifest declares, the
 * one the popup injects into a tab that has none answering (opened before the install, or after an
 * update), and one left behind by an older version of the extension, cut off from it (Chrome leaves
 * such a ghost running; Firefox freezes it where it stands). A copy starting up:
 * - steps back when a live copy of this extension is already there (nothing runs twice);
 * - otherwise asks any ghost to stop (a ghost stops itself too, once it notices it is cut off), clears
 *   what a frozen one could not (its markers and stylesheet, see hider.ts), and takes the page.
 * The content scripts of one extension share a global scope in a tab (Chrome's isolated world,
 * Firefox's sandbox), which the page cannot see: the copies find each other there, and the reader
 * script (injected only when a person opens the reader) registers there for the page script to call.
 * No browser API here, so the reader script's bundle does not carry the polyfill.
 */
import type { CommentSection } from '../core/types.ts';
import type { ReaderPicks, ReaderResult } from './extract.ts';

/** What the on-demand reader script gives the page script (src/content/reader.ts). */
export interface ReaderApi {
  extract(doc: Document, url: string, listSelectors: string[], picks?: ReaderPicks): ReaderResult;
  comments(doc: Document, regionSelector?: string | null): CommentSection | null;
}

/** A running copy of the page script, as the next copy sees it. */
export interface PageInstance {
  /** True while it still belongs to a running extension. */
  alive(): boolean;
  /** Stops it and restores the page (markers, stylesheet, observers, timers, listeners). */
  stop(): void;
  reader?: ReaderApi;
}

/** The key in the content scripts' shared global scope. */
export const INSTANCE_KEY = '__quietReaderPage';
/** Dispatched on the document by a starting copy: ghosts in another scope hear it and stop. */
export const TAKEOVER_EVENT = 'quiet-reader-takeover';

type Scope = Record<string, unknown>;

function current(scope: Scope): PageInstance | undefined {
  return scope[INSTANCE_KEY] as PageInstance | undefined;
}

/** Whether `instance` is live; a frozen ghost's functions throw when called. */
function isAlive(instance: PageInstance | undefined): boolean {
  try {
    return instance?.alive() ?? false;
  } catch {
    return false;
  }
}

/**
 * Called first by a starting copy: false when a live copy already runs here (the new one does nothing),
 * else true after ghosts were told to stop. `sweep` then clears what they left (see startPageScript).
 */
export function mayStart(scope: Scope, doc: Document): boolean {
  const previous = current(scope);
  if (isAlive(previous)) return false;
  try {
    previous?.stop();
  } catch {
    // A frozen ghost cannot stop; the sweep clears what it left on the page.
  }
  delete scope[INSTANCE_KEY];
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  return true;
}

/**
 * Registers the running copy, and has it stop when a newer copy takes over while it is cut off. A page
 * can dispatch the same event, but a live copy ignores it: only a ghost stops.
 */
export function register(scope: Scope, doc: Document, instance: PageInstance): () => void {
  const onTakeover = (): void => {
    if (!isAlive(instance)) instance.stop();
  };
  doc.addEventListener(TAKEOVER_EVENT, onTakeover);
  scope[INSTANCE_KEY] = instance;
  return () => {
    doc.removeEventListener(TAKEOVER_EVENT, onTakeover);
    if (current(scope) === instance) delete scope[INSTANCE_KEY];
  };
}

/** The reader script's registration: with the live page script, once; false when there is none. */
export function registerReader(scope: Scope, reader: ReaderApi): boolean {
  const instance = current(scope);
  if (!isAlive(instance) || !instance) return false;
  instance.reader ??= reader;
  return true;
}

export function readerOf(scope: Scope): ReaderApi | undefined {
  return current(scope)?.reader;
}
