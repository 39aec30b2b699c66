/**
 * Loops for the per-element checks, written as plain index loops: they run on every element of the
 * working copy, often before the engine has optimized our code, where `some` with a callback costs more.
 */
export function anyIn(list: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < list.length; i++) if (set.has(list[i]!)) return true;
  return false;
}

export function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (s.startsWith(prefixes[i]!)) return true;
  return false;
}

export function includesAny(s: string, fragments: readonly string[]): boolean {
  for (let i = 0; i < fragments.length; i++) if (s.includes(fragments[i]!)) return true;
  return false;
}

/**
 * A static copy of a DOM collection, live or not: the same elements in the same order as `Array.from`,
 * read by index. `Array.from` walks a host collection through the iterator protocol, a call into the DOM
 * per element (measured in Chromium: about four times slower on a 1,100-element page).
 */
export function toArray<T>(list: ArrayLike<T>): T[] {
  const out: T[] = [];
  for (let i = 0, n = list.length; i < n; i++) out.push(list[i]!);
  return out;
}
