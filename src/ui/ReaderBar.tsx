/**
 * The top of every reader surface, in tab order and in reading order: the page toggles (each with
 * its scope), "Open in tab" (popup only), the "Reader settings" disclosure; the article follows.
 */
import { PageToggles, type OnCleaningToggle, type PageCounts } from './PageToggles.tsx';
import { ReaderControls, type ReaderControlsProps } from './ReaderControls.tsx';
import type { PageCleaningState } from './settings.ts';

export interface ReaderBarProps extends ReaderControlsProps {
  /** null hides the toggles: the page cannot be cleaned, or the choices are still loading. */
  cleaning: PageCleaningState | null;
  onToggle: OnCleaningToggle;
  counts: PageCounts | null;
}

export function ReaderBar({ cleaning, onToggle, counts, ...controls }: ReaderBarProps) {
  return (
    <>
      {cleaning && <PageToggles t={controls.t} cleaning={cleaning} onToggle={onToggle} counts={counts} />}
      <ReaderControls {...controls} />
    </>
  );
}
