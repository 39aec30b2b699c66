import { toArray } from '../lists.ts';

/** Lazy-loading attributes that hold the real image while `src` holds a placeholder. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
/** A src that is a placeholder: empty, a tiny data: URI, or a blank/spacer/loading image. */
const PLACEHOLDER = /^(?:$|data:image\/(?:gif|png|svg)|about:blank)|(?:blank|spacer|pixel|placeholder|lazy|loading|transparent)\.(?:gif|png|svg|jpe?g)/i;
const URL_ATTRS: readonly [string, string][] = [['a', 'href'], ['img', 'src'], ['video', 'src'], ['video', 'poster'], ['audio', 'src'], ['source', 'src'], ['track', 'src']];

/** Resolve lazy images (data-src, data-srcset, <noscript> fallbacks) before scoring, so Readability keeps them. */
export function resolveImages(root: Element): void {
  for (const img of toArray(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (PLACEHOLDER.test(src.trim())) {
      const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER.test(v));
      if (lazy) img.setAttribute('src', lazy);
      else if (!src) useNoscriptFallback(img);
    }
    for (const a of LAZY_SRCSET) {
      const v = img.getAttribute(a);
      if (v && !img.getAttribute('srcset')) img.setAttribute('srcset', v);
    }
  }
  for (const source of toArray(root.getElementsByTagName('source'))) {
    const v = source.getAttribute('data-srcset');
    if (v && !source.getAttribute('srcset')) source.setAttribute('srcset', v);
  }
}

/** `<img class="lazy"><noscript><img src="real.jpg"></noscript>`: the noscript copy is the image. */
function useNoscriptFallback(img: Element): void {
  const ns = img.nextElementSibling;
  if (!ns || ns.tagName.toUpperCase() !== 'NOSCRIPT') return;
  const m = /<img[^>]+src=["']([^"']+)["']/i.exec(ns.innerHTML || ns.textContent || '');
  if (m) img.setAttribute('src', m[1]!);
}

/** Make every URL of the article absolute against the page URL (and its <base href>): it renders outside the page. */
export function absolutize(root: Element, base: string): void {
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of toArray(root.getElementsByTagName(tag))) {
      const v = el.getAttribute(attr);
      if (!v || /^(?:#|data:|mailto:|javascript:)/i.test(v.trim())) continue;
      const abs = toAbsolute(v, base);
      if (abs !== v) el.setAttribute(attr, abs);
    }
  }
  for (const el of [...toArray(root.getElementsByTagName('img')), ...toArray(root.getElementsByTagName('source'))]) {
    const set = el.getAttribute('srcset');
    if (set === null) continue;
    el.setAttribute('srcset', set.split(',').map((part) => {
      const [u, ...d] = part.trim().split(/\s+/);
      return u ? [toAbsolute(u, base), ...d].join(' ') : '';
    }).filter(Boolean).join(', '));
  }
}

export function toAbsolute(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

/** The document's base: <base href> resolved against the page URL. */
export function baseUrl(doc: Document, url: string): string {
  const href = doc.getElementsByTagName('base')[0]?.getAttribute('href');
  if (!href) return url;
  return toAbsolute(href, url);
}
