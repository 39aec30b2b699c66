/** One reason that moved the detection score, e.g. `{ label: "json-ld NewsArticle", points: 3 }`. */
export interface Signal {
  label: string;
  points: number;
}

/** "json-ld NewsArticle +3", "url site root -3": the form `reasons` shows. */
export function formatSignal({ label, points }: Signal): string {
  return `${label} ${points >= 0 ? '+' : ''}${points}`;
}
