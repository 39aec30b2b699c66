/**
 * The picker, and the popup's list of what was hidden on the page: injected into a tab only when a person
 * uses them (src/popup/picks.ts), never declared for every page, so the page script stays small.
 *
 * Picking: an outline follows the pointer (or the arrow keys: Up/Down to the parent/child, Left/Right to the
 * siblings), a click or Enter picks, Escape cancels. The outline, the hint and the prompt live in a closed
 * shadow root on an element of ours, drawn over the page: page CSS cannot reach them and no element of the
 * page is changed. A block to hide is saved as a 'hide' pick of the kind the person chooses (the page script
 * hides it at once, through storage); an article container as an 'article' pick for pages of this path shape.
 * Ending, either way, removes everything the picker added.
 */
import { selectorFor } from '../core/selector.ts';
import { extensionAlive, isFromExtensionPage, listen, loadPicks, pageTranslate, savePicks } from '../platform/page-api.ts';
import { pathPattern, PICK_LABEL_CHARS, withPick, type PickedKind, type SitePick } from '../shared/picks.ts';
import type { HiddenBlock, PickMode } from '../shared/protocol.ts';
import { localeDirection } from '../ui/i18n.ts';
import { HIDE_ATTRIBUTE, PEEK_ATTRIBUTE } from './hider.ts';

const scope = globalThis as unknown as Record<string, unknown>;
/** In the content scripts' shared scope: the live picker's "am I alive" (a second injection does nothing). */
const KEY = '__quietReaderPicker';
/** Words kept for a pick's label. */
const LABEL_WORDS = 12;
/** How long a "saved" note stays. */
const NOTE_MS = 2500;
/** How long the page script may take to hide a block just picked (it hears of it through storage). */
const HIDDEN_WAIT_MS = 400;
const HIDDEN_POLL_MS = 25;

const t = pageTranslate;

/** The first words of a block's text, for lists and the prompt. */
export function labelOf(el: Element): string {
  // Text node by text node, so that the words of two blocks ("Morag" and "Finally!") do not run together.
  const words: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && words.length < LABEL_WORDS; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    words.push(...(node.nodeValue ?? '').split(/\s+/).filter(Boolean));
  }
  return words.slice(0, LABEL_WORDS).join(' ').slice(0, PICK_LABEL_CHARS);
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

async function savePick(pick: Omit<SitePick, 'id' | 'created'>): Promise<void> {
  const store = await loadPicks();
  await savePicks(withPick(store, location.hostname, { id: newId(), created: Date.now(), ...pick }));
}

const CSS = `
:host{all:initial}
.box{position:fixed;pointer-events:none;box-sizing:border-box;border:2px solid #1a73e8;background:rgba(26,115,232,.12);border-radius:3px;z-index:2147483646;display:none}
.tag{position:absolute;inset-block-start:-22px;inset-inline-start:-2px;background:#1a73e8;color:#fff;font:12px/20px system-ui,sans-serif;padding:0 6px;border-radius:3px 3px 0 0;white-space:nowrap}
.hint,.note{position:fixed;inset-block-start:12px;inset-inline-start:50%;transform:translateX(-50%);background:#202124;color:#fff;font:14px/1.4 system-ui,sans-serif;padding:8px 14px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.3);z-index:2147483647;pointer-events:none;max-width:90vw}
.ask{position:fixed;inset-block-end:24px;inset-inline-start:50%;transform:translateX(-50%);background:#fff;color:#202124;font:15px/1.4 system-ui,sans-serif;padding:16px;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.35);z-index:2147483647;pointer-events:auto;max-width:min(560px,92vw)}
[dir=rtl] .hint,[dir=rtl] .note,[dir=rtl] .ask{transform:translateX(50%)}
.ask p{margin:0 0 4px;font-weight:600}
.ask .label{margin:0 0 12px;color:#5f6368;font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ask button{font:inherit;margin-block-start:4px;margin-inline-end:8px;padding:6px 12px;border-radius:6px;border:1px solid #dadce0;background:#f8f9fa;color:#202124;cursor:pointer}
.ask button.primary{background:#1a73e8;border-color:#1a73e8;color:#fff}
.ask button:focus-visible{outline:3px solid #fbbc04;outline-offset:2px}
`;

interface Overlay {
  show(target: Element | null): void;
  hint(text: string): void;
  note(text: string): void;
  ask(label: string, onChoice: (kind: PickedKind | null) => void): void;
  remove(): void;
}

/** Our element over the page: a closed shadow root holding the outline, the hint and the prompt. */
function createOverlay(): Overlay {
  const host = document.createElement('quiet-reader-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('div');
  const dir = localeDirection(t('uiLocale'));
  frame.dir = dir;
  frame.lang = t('uiLocale');
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 'box';
  const tag = document.createElement('span');
  tag.className = 'tag';
  box.append(tag);
  frame.append(box);
  root.append(style, frame);
  document.documentElement.append(host);
  let target: Element | null = null;
  const place = (): void => {
    if (!target || !target.isConnected) {
      box.style.display = 'none';
      return;
    }
    const r = target.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    const first = target.classList[0];
    tag.textContent = target.localName + (target.id ? `#${target.id}` : first ? `.${first}` : '');
  };
  const reposition = (): void => place();
  addEventListener('scroll', reposition, true);
  addEventListener('resize', reposition);
  const part = (cls: string, text: string): HTMLElement => {
    frame.querySelector(`.${cls}`)?.remove();
    const el = document.createElement('div');
    el.className = cls;
    el.textContent = text;
    frame.append(el);
    return el;
  };
  return {
    show(next) {
      target = next;
      place();
    },
    hint(text) {
      part('hint', text).setAttribute('role', 'status');
    },
    note(text) {
      frame.querySelector('.hint')?.remove();
      frame.querySelector('.ask')?.remove();
      part('note', text).setAttribute('role', 'status');
    },
    ask(label, onChoice) {
      frame.querySelector('.hint')?.remove();
      const dialog = part('ask', '');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      const question = document.createElement('p');
      question.id = 'ask-title';
      question.textContent = t('pickerAsk');
      dialog.setAttribute('aria-labelledby', 'ask-title');
      const quote = document.createElement('div');
      quote.className = 'label';
      // The page's words, in the page's direction, inside a prompt in the UI's.
      quote.dir = 'auto';
      quote.textContent = label;
      dialog.append(question, quote);
      const choices: [string, PickedKind | null][] = [['pickerHideComments', 'comments'], ['pickerHideAds', 'ads'], ['pickerCancel', null]];
      for (const [key, kind] of choices) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = t(key);
        if (kind) button.className = 'primary';
        button.addEventListener('click', (event) => {
          if (event.isTrusted) onChoice(kind);
        });
        dialog.append(button);
      }
      dialog.querySelector('button')?.focus();
    },
    remove() {
      removeEventListener('scroll', reposition, true);
      removeEventListener('resize', reposition);
      host.remove();
    },
  };
}

/** The one picker running on this page, if any. */
let active: { end(): void } | null = null;

/** Elements a person may pick: not our overlay, not the page's root. */
function pickable(el: Element | null): el is Element {
  return !!el && el.localName !== 'quiet-reader-picker' && el !== document.documentElement && el !== document.head;
}

export function startPicker(mode: PickMode): void {
  active?.end();
  const overlay = createOverlay();
  overlay.hint(t(mode === 'hide' ? 'pickerHintHide' : 'pickerHintArticle'));
  let current: Element | null = null;
  /** Where Down goes back to: the children Up came from. */
  const trail: Element[] = [];
  let asking = false;
  const set = (el: Element | null, keepTrail = false): void => {
    if (!keepTrail) trail.length = 0;
    current = el;
    overlay.show(el);
  };

  const ours = (event: Event): boolean => event.composedPath().some((node) => (node as Element).localName === 'quiet-reader-picker');
  // Only the person's own input drives the picker: a page's script can dispatch events, but not trusted ones.
  const onMove = (event: MouseEvent): void => {
    if (asking || !event.isTrusted || ours(event)) return;
    const el = event.target as Element;
    if (pickable(el) && el !== current) set(el);
  };
  /** Every pointer event in the page goes to the picker, not to the page's links and buttons. */
  const swallow = (event: Event): void => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click' && !asking && event.isTrusted) {
      const el = event.target as Element;
      if (pickable(el)) set(el);
      void choose();
    }
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      end();
      return;
    }
    if (asking) return;
    const el = current ?? document.elementFromPoint(innerWidth / 2, innerHeight / 3);
    let next: Element | null;
    switch (event.key) {
      case 'ArrowUp':
        if (current && current.parentElement && current.parentElement !== document.documentElement) {
          trail.push(current);
          next = current.parentElement;
        } else next = el;
        break;
      case 'ArrowDown':
        next = current ? (trail.pop() ?? current.firstElementChild ?? current) : el;
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        // Left and right as seen: in a right-to-left page the previous sibling is to the right.
        const rtl = getComputedStyle(current ?? document.body).direction === 'rtl';
        const forward = (event.key === 'ArrowRight') !== rtl;
        // Siblings that take no room (hidden blocks, scripts) are passed over.
        next = current;
        for (let sibling = current ? (forward ? current.nextElementSibling : current.previousElementSibling) : el; sibling;
          sibling = forward ? sibling.nextElementSibling : sibling.previousElementSibling) {
          if (sibling.getClientRects().length > 0) {
            next = sibling;
            break;
          }
        }
        break;
      }
      case 'Enter':
        if (!current) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        void choose();
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (pickable(next)) {
      set(next, event.key === 'ArrowUp' || event.key === 'ArrowDown');
      next.scrollIntoView({ block: 'nearest' });
    }
  };
  const pointerEvents = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu'];
  addEventListener('mousemove', onMove, true);
  addEventListener('keydown', onKey, true);
  for (const type of pointerEvents) addEventListener(type, swallow, true);

  const end = (): void => {
    removeEventListener('mousemove', onMove, true);
    removeEventListener('keydown', onKey, true);
    for (const type of pointerEvents) removeEventListener(type, swallow, true);
    overlay.remove();
    if (active === handle) active = null;
  };
  const handle = { end };
  active = handle;

  const choose = async (): Promise<void> => {
    const picked = current;
    if (!picked) return;
    const selector = selectorFor(picked);
    if (!selector) return;
    const label = labelOf(picked);
    if (mode === 'article') {
      asking = true;
      await savePick({ action: 'article', selector, pathPattern: pathPattern(location.pathname), label });
      overlay.show(null);
      overlay.note(t('pickerArticleSaved'));
      setTimeout(end, NOTE_MS);
      return;
    }
    asking = true;
    overlay.ask(label, (kind) => {
      if (!kind) {
        end();
        return;
      }
      void savePick({ action: 'hide', kind, selector, pathPattern: pathPattern(location.pathname), label }).then(
        async () => {
          // The page script hides it at once, unless that kind's hiding is off here: then say so.
          for (let waited = 0; waited < HIDDEN_WAIT_MS; waited += HIDDEN_POLL_MS) {
            if (picked.hasAttribute(HIDE_ATTRIBUTE)) return end();
            await new Promise((done) => setTimeout(done, HIDDEN_POLL_MS));
          }
          if (picked.hasAttribute(HIDE_ATTRIBUTE)) return end();
          overlay.show(null);
          overlay.note(t(kind === 'ads' ? 'pickerSavedAdsOff' : 'pickerSavedCommentsOff'));
          setTimeout(end, NOTE_MS);
        },
        end,
      );
    });
  };
}

/** The blocks listed by the last page/hidden request: page/peek and page/keep name them by index. */
let listed: Element[] = [];
let peeked: Element | null = null;
let peekOverlay: Overlay | null = null;

function unpeek(): void {
  peeked?.removeAttribute(PEEK_ATTRIBUTE);
  peeked = null;
  peekOverlay?.remove();
  peekOverlay = null;
}

function hiddenBlocks(): HiddenBlock[] {
  unpeek();
  listed = [...document.querySelectorAll(`[${HIDE_ATTRIBUTE}]`)];
  return listed.map((el, index) => ({ index, kind: el.getAttribute(HIDE_ATTRIBUTE) === 'ads' ? 'ads' : 'comments', label: labelOf(el) }));
}

function peek(index: number | null): boolean {
  unpeek();
  const el = index === null ? null : listed[index];
  if (!el || !el.isConnected || !el.hasAttribute(HIDE_ATTRIBUTE)) return false;
  el.setAttribute(PEEK_ATTRIBUTE, '');
  peeked = el;
  el.scrollIntoView({ block: 'center' });
  peekOverlay = createOverlay();
  peekOverlay.show(el);
  return true;
}

async function keep(index: number): Promise<boolean> {
  const el = listed[index];
  if (!el) return false;
  const kind: PickedKind = el.getAttribute(HIDE_ATTRIBUTE) === 'ads' ? 'ads' : 'comments';
  const selector = selectorFor(el);
  if (!selector) return false;
  if (peeked === el) unpeek();
  await savePick({ action: 'keep', kind, selector, pathPattern: pathPattern(location.pathname), label: labelOf(el) });
  return true;
}

function alive(): boolean {
  try {
    return (scope[KEY] as (() => boolean) | undefined)?.() ?? false;
  } catch {
    // A frozen copy of an older version: its functions throw.
    return false;
  }
}

if (!alive()) {
  scope[KEY] = extensionAlive;
  listen(
    {
      'page/pick': (message) => {
        startPicker(message.mode);
        return true;
      },
      'page/hidden': hiddenBlocks,
      'page/peek': (message) => peek(message.index),
      'page/keep': (message) => keep(message.index),
    },
    // Only our own popup may ask; the page itself cannot reach this listener.
    (_type, sender) => isFromExtensionPage(sender),
  );
}
