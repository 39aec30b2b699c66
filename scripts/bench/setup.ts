/**
 * Builds the systems, detectors and run options from plain settings, so the main thread and
 * every worker thread construct exactly the same bench.
 */
import { domAdapter } from './dom.ts';
import type { SystemLabel } from './report.ts';
import type { RunOptions } from './run.ts';
import {
  defuddleSystem,
  isUnavailable,
  packageVersion,
  quietReaderDetector,
  quietReaderSystem,
  readabilityDetector,
  readabilitySystem,
  type BenchDetector,
  type BenchSystem,
} from './systems.ts';

export interface BenchSettings {
  repoRoot: string;
  dom: string;
  timeoutMs: number;
  checkMutation: boolean;
  /** Short names of the systems to run (quiet-reader, readability, defuddle); empty = all. */
  systems?: string[];
}

export interface Bench {
  opts: RunOptions;
  labels: SystemLabel[];
  detectorNames: string[];
  domVersion: string;
  /** "quiet-reader: not available (…)" lines. */
  unavailable: string[];
}

export async function createBench(s: BenchSettings): Promise<Bench> {
  const dom = domAdapter(s.dom);
  const ours = await quietReaderSystem(s.repoRoot);
  const ourDetector = await quietReaderDetector();
  const wanted = (short: string): boolean => !s.systems?.length || s.systems.includes(short);
  const systems: BenchSystem[] = [
    ...(isUnavailable(ours) || !wanted('quiet-reader') ? [] : [ours]),
    ...(wanted('readability') ? [readabilitySystem(s.repoRoot)] : []),
    ...(wanted('defuddle') ? [defuddleSystem(s.repoRoot)] : []),
  ];
  const detectors: BenchDetector[] = [...(isUnavailable(ourDetector) ? [] : [ourDetector]), readabilityDetector];
  return {
    opts: { dom, systems, detectors, timeoutMs: s.timeoutMs, checkMutation: s.checkMutation },
    labels: systems.map((x) => ({ name: x.name, label: `${x.name} ${x.version}` })),
    detectorNames: detectors.map((d) => d.name),
    domVersion: `${dom.name} ${packageVersion(s.repoRoot, dom.name)}`,
    unavailable: [ours, ourDetector].filter(isUnavailable).map((u) => `${u.name}: not available (${u.reason})`),
  };
}
