/** Timing marks for bench:browser (performance.mark is local to this page and costs nothing). */
export function mark(name: string): void {
  performance.mark(`qr:${name}`);
}
