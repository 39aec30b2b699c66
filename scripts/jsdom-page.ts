/**
 * A saved page parsed with jsdom, for the CLI and the benchmark. jsdom parses every stylesheet and `style`
 * attribute while it builds the tree, and throws out of the `JSDOM` constructor on some CSS a browser simply
 * drops (uncompiled SCSS such as `calc(100% - #{$gutter})`, an unclosed `calc(`): the whole page would be lost.
 * Then the page is parsed again with its CSS neutralized, and `stylesNeutralized` says so.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface JsdomPage {
  dom: JSDOM;
  /** The first parse threw on the page's CSS; this tree has empty `<style>` blocks and reduced `style` attributes. */
  stylesNeutralized: boolean;
}

export function parsePage(html: string, url: string): JsdomPage {
  // A silent console: pages' CSS and script parse warnings would otherwise flood the output.
  const options = { url, virtualConsole: new VirtualConsole() };
  try {
    return { dom: new JSDOM(html, options), stylesNeutralized: false };
  } catch (err) {
    const neutral = neutralizeStyles(html);
    if (neutral === html) throw err;
    return { dom: new JSDOM(neutral, options), stylesNeutralized: true };
  }
}

const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;
/** A start tag, attribute by attribute, so a `>` inside a quoted value does not end it. */
const START_TAG = /<[a-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/gi;
const STYLE_ATTR = /(\sstyle\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)/gi;
/** The only declarations the extraction reads from a `style` attribute: the ones that hide an element. */
const HIDING_DECLARATION = /^\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?$/i;

/**
 * The page with its `<style>` blocks emptied (the extraction never reads stylesheets) and each `style`
 * attribute reduced to its hiding declarations, so a hidden block stays hidden. Regular expressions on the
 * markup, not a parse: the parse is what failed. Only tags are touched, never text.
 */
export function neutralizeStyles(html: string): string {
  return html.replace(STYLE_BLOCK, '$1$2').replace(START_TAG, (tag) =>
    tag.replace(STYLE_ATTR, (_match, lead: string, value: string) => {
      const unquoted = /^["']/.test(value) ? value.slice(1, -1) : value;
      const kept = unquoted.split(';').filter((decl) => HIDING_DECLARATION.test(decl)).map((decl) => decl.trim());
      return `${lead}"${kept.join('; ')}"`;
    }),
  );
}
