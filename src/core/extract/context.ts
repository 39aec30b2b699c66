import type { CommentSection, RemovalRecord } from '../types.ts';
import { textOf } from './dom.ts';

/** State shared by the pipeline steps of one extraction. */
export interface ExtractContext {
  /** The working clone; the caller's document is never touched. */
  doc: Document;
  /** Page URL, the base for relative links. */
  url: string;
  debug: boolean;
  removed: RemovalRecord[];
  /** The steps that removed something (always kept, unlike `removed`). */
  removedSteps: Set<string>;
  /** performance.now() value past which optional work is skipped. */
  deadline: number;
  partial: boolean;
  comments: CommentSection | null;
  /** Length of the body text before cleaning: "is this block most of the page?" checks use it. */
  bodyChars: number;
  /** Elements of the clone a person kept on this site (ExtractOptions.keepSelectors): comment and ad removal leaves them. */
  kept?: ReadonlySet<Element>;
}

/** True when removing `node` would remove a kept element, or `node` lies inside one. */
export function touchesKept(ctx: ExtractContext, node: Element): boolean {
  const kept = ctx.kept;
  if (!kept || kept.size === 0) return false;
  for (let a: Element | null = node; a; a = a.parentElement) if (kept.has(a)) return true;
  for (const element of kept) if (node.contains(element)) return true;
  return false;
}

const DEBUG_TEXT_CHARS = 80;

/** Remove a node and, in debug mode, record why. Text is read only in debug mode: it costs a subtree walk. */
export function drop(ctx: ExtractContext, node: Node, step: string, rule: string): void {
  ctx.removedSteps.add(step);
  if (ctx.debug) {
    const text = textOf(node).slice(0, DEBUG_TEXT_CHARS);
    ctx.removed.push({ step, rule, text });
  }
  node.parentNode?.removeChild(node);
}

/** True (and the result flagged partial) once the time budget is spent. */
export function overBudget(ctx: ExtractContext): boolean {
  if (now() <= ctx.deadline) return false;
  ctx.partial = true;
  return true;
}

/** performance is global in browsers, Node and jsdom alike; Date is the fallback for odd hosts. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
