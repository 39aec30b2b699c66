import { describe, expect, it, vi } from 'vitest';
import { INSTANCE_KEY, mayStart, readerOf, register, registerReader, TAKEOVER_EVENT, type ReaderApi } from '../../../src/content/instance.ts';

const reader: ReaderApi = { extract: () => ({ ok: false, reason: 'no-text' }), comments: () => null };

function fresh(): { scope: Record<string, unknown>; doc: Document } {
  return { scope: {}, doc: document.implementation.createHTMLDocument('t') };
}

describe('one live content script per page', () => {
  it('starts on a page with none, and steps back while a live copy runs', () => {
    const { scope, doc } = fresh();
    expect(mayStart(scope, doc)).toBe(true);
    const stop = vi.fn();
    register(scope, doc, { alive: () => true, stop });
    expect(mayStart(scope, doc)).toBe(false);
    expect(stop).not.toHaveBeenCalled();
  });

  it('stops a ghost of an older version that shares the scope, and takes over', () => {
    const { scope, doc } = fresh();
    const stop = vi.fn();
    register(scope, doc, { alive: () => false, stop });
    expect(mayStart(scope, doc)).toBe(true);
    expect(stop).toHaveBeenCalled();
    expect(scope[INSTANCE_KEY]).toBeUndefined();
  });

  it('starts past a frozen ghost whose functions throw (Firefox cuts a removed version off)', () => {
    const { scope, doc } = fresh();
    scope[INSTANCE_KEY] = { alive: () => { throw new Error('dead object'); }, stop: () => { throw new Error('dead object'); } };
    expect(mayStart(scope, doc)).toBe(true);
  });

  it('tells ghosts in another scope to stop; a live copy ignores the event, even one the page sends', () => {
    const { doc } = fresh();
    const ghost = vi.fn();
    const live = vi.fn();
    register({}, doc, { alive: () => false, stop: ghost });
    register({}, doc, { alive: () => true, stop: live });
    expect(mayStart({}, doc)).toBe(true);
    doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
    expect(ghost).toHaveBeenCalled();
    expect(live).not.toHaveBeenCalled();
  });

  it('lets the reader script register once with the live copy, and not without one', () => {
    const { scope, doc } = fresh();
    expect(registerReader(scope, reader)).toBe(false);
    register(scope, doc, { alive: () => true, stop: () => undefined });
    expect(registerReader(scope, reader)).toBe(true);
    expect(registerReader(scope, { ...reader })).toBe(true);
    expect(readerOf(scope)).toBe(reader);
  });

  it('unregisters on stop, and a newer copy is not removed by an older one’s cleanup', () => {
    const { scope, doc } = fresh();
    const unregisterOld = register(scope, doc, { alive: () => false, stop: () => undefined });
    mayStart(scope, doc);
    const newer = { alive: () => true, stop: () => undefined };
    register(scope, doc, newer);
    unregisterOld();
    expect(scope[INSTANCE_KEY]).toBe(newer);
  });
});
