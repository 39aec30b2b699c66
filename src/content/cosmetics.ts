/**
 * The content script's half of the ad filter lists: it reports the page's classes, ids and links
 * to the background, which answers with only the lists' selectors that can match them (not the
 * lists' tens of thousands of rules). Nodes that arrive later are covered by asking again about
 * the classes, ids and links not seen before.
 */
import { sendToBackground } from '../platform/page-api.ts';
import type { PageFeatures } from '../shared/protocol.ts';
import { markSeen, newFeatures } from './features.ts';

export type AskBackground = (features: PageFeatures) => Promise<string[]>;

export interface ListRules {
  /** The selectors for this page, after asking about whatever is new in it since the last call. */
  update(): Promise<string[]>;
}

const askBackground: AskBackground = (features) => sendToBackground({ type: 'content/cosmetics', features });

export function createListRules(doc: Document, ask: AskBackground = askBackground): ListRules {
  const seen = new Set<string>();
  const selectors = new Set<string>();
  let asked = false;
  // One request at a time, in order: a later update builds on what the earlier one saw.
  let queue: Promise<string[]> = Promise.resolve([]);

  const updateNow = async (): Promise<string[]> => {
    const features = newFeatures(doc, seen);
    const fresh = features.classes.length + features.ids.length + features.hrefs.length > 0;
    if (asked && !fresh) return [...selectors];
    try {
      for (const selector of await ask({ ...features, wholePage: !asked })) selectors.add(selector);
    } catch {
      // The background may be restarting: what is not marked seen is asked about next time.
      return [...selectors];
    }
    asked = true;
    markSeen(seen, features);
    return [...selectors];
  };

  return {
    update() {
      queue = queue.then(updateNow, updateNow);
      return queue;
    },
  };
}
