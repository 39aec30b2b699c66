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
