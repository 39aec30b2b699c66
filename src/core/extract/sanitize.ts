import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

/** The article allowlist: HTML only (no SVG/MathML), no active or embedding elements, no inline styles. */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'option', 'base', 'meta', 'link', 'noscript', 'template'],
  FORBID_ATTR: ['style', 'srcdoc', 'class', 'action', 'formaction', 'ping'],
  ALLOW_DATA_ATTR: false,
  IN_PLACE: true,
};

const instances = new WeakMap<object, DOMPurify>();

/**
 * DOMPurify bound to the input document's window (a cloned Document has none). One instance per
 * window, so hooks are added once: links open in a new tab without an opener; data: URLs only on images.
 */
function purifierFor(view: WindowLike): DOMPurify {
  let p = instances.get(view);
  if (p) return p;
  p = createDOMPurify(view);
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    const tag = el.tagName.toUpperCase();
    for (const attr of ['src', 'href', 'srcset', 'poster']) {
      const v = el.getAttribute(attr);
      if (v && /^\s*data:/i.test(v) && tag !== 'IMG') el.removeAttribute(attr);
    }
    if (tag === 'A' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  });
  instances.set(view, p);
  return p;
}

/** Sanitize the article element in place. Throws when the input document has no window to give DOMPurify. */
export function sanitizeInPlace(content: Element, view: (Window & typeof globalThis) | null): void {
  if (!view) throw new Error('extractArticle: the document has no window (defaultView); DOMPurify needs one. Pass a document parsed by a browser, jsdom or linkedom window.');
  const purifier = purifierFor(view as unknown as WindowLike);
  if (!purifier.isSupported) throw new Error('extractArticle: DOMPurify is not supported by this DOM implementation.');
  purifier.sanitize(content, CONFIG);
}
