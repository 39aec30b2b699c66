/**
 * @mozilla/readability alone, bundled and loaded the way reader-entry.ts loads the reader script (probe.ts):
 * its first call compiles and runs the script, as an injection would. No reader that injects a script doing
 * Readability's work (and so gives Readability's output) can be faster than this cold call.
 */
import { Readability } from '@mozilla/readability';

(window as unknown as { __qrReadabilityProbe: () => number }).__qrReadabilityProbe = () =>
  new Readability(document.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
