/**
 * The top of every reader surface, in tab order and in reading order: the page toggles (each with
 * its scope), the picks (pick buttons in the popup, what was hidden on the page, Manage picks), "Open in
 * tab" (popup only), the "Reader settings" disclosure; the article follows.
 */
import { PageToggles, type OnCleaningToggle, type PageCounts } from './PageToggles.tsx';
import { PickTools, type PickToolsProps } from './PickTools.tsx';
import { ReaderControls, type ReaderControlsProps } from './ReaderControls.tsx';
import type { PageCleaningState } from './settings.ts';

export interface ReaderBarProps extends ReaderControlsProps {
  /** null hides the toggles: the page cannot be cleaned, or the choices are still loading. */
  cleaning: PageCleaningState | null;
  onToggle: OnCleaningToggle;
  counts: PageCounts | null;
  /** Shown with the toggles; omit to leave the picks out. */
  picks?: Omit<PickToolsProps, 't'>;
}

export function ReaderBar({ cleaning, onToggle, counts, picks, ...controls }: ReaderBarProps) {
  return (
    <>
      {cleaning && <PageToggles t={controls.t} cleaning={cleaning} onToggle={onToggle} counts={counts} />}
      {cleaning && picks && <PickTools t={controls.t} {...picks} />}
      <ReaderControls {...controls} />
    </>
  );
}
