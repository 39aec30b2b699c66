/**
 * Under the page toggles: "Pick something to hide" and "Pick the article" (they start the picker on the
 * page), and the "What was hidden on this page" disclosure, which lists each hidden block with its kind and
 * first words. A listed block is shown and outlined on the page while its row is hovered or its button has
 * focus; its button ("Not a comment section on this site", "Not an ad on this site") saves a keep pick.
 * "Manage picks" opens the options page. Native buttons only.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { T } from './i18n.ts';

/** A block hidden on the page, as the shell lists it (the protocol's HiddenBlock). */
export interface HiddenBlock {
  index: number;
  kind: 'comments' | 'ads';
  label: string;
}

export interface PickToolsProps {
  t: T;
  /** Omit to leave the pick buttons out (the full-tab reader: the page is in another tab). */
  onPick?: (mode: 'hide' | 'article') => void;
  /** The blocks hidden on the page now. */
  loadHidden: () => Promise<HiddenBlock[]>;
  /** Show and outline a listed block on the page; null puts it back. */
  onPeek: (index: number | null) => void;
  /** Saves a keep pick for the listed block; resolves once saved. */
  onKeep: (block: HiddenBlock) => Promise<void>;
  onManage: () => void;
}

export function PickTools({ t, onPick, loadHidden, onPeek, onKeep, onManage }: PickToolsProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [blocks, setBlocks] = useState<HiddenBlock[] | null>(null);
  const disclosure = useRef<HTMLButtonElement>(null);
  const refresh = async (): Promise<void> => setBlocks(await loadHidden());
  const toggle = (): void => {
    const next = !open;
    setOpen(next);
    if (next) void refresh();
    else onPeek(null);
  };
  return (
    <div class="qr-picks">
      {onPick && (
        <div class="qr-pick-actions">
          <button type="button" class="qr-button" onClick={() => onPick('hide')}>{t('pickHide')}</button>
          <button type="button" class="qr-button" onClick={() => onPick('article')}>{t('pickArticle')}</button>
        </div>
      )}
      <div class="qr-pick-actions">
        <button type="button" ref={disclosure} class="qr-button qr-disclosure" aria-expanded={open} aria-controls={`${id}-hidden`} onClick={toggle}>
          {t('hiddenOnPage')}
        </button>
        <button type="button" class="qr-link" onClick={onManage}>{t('managePicks')}</button>
      </div>
      <div id={`${id}-hidden`} class="qr-hidden-list" hidden={!open}>
        {open && blocks !== null && blocks.length === 0 && <p class="qr-hidden-none">{t('hiddenNone')}</p>}
        {open && blocks !== null && blocks.length > 0 && (
          <ul>
            {blocks.map((block) => (
              <li key={block.index} class="qr-hidden-item" data-kind={block.kind}
                onMouseEnter={() => onPeek(block.index)} onMouseLeave={() => onPeek(null)}>
                <span class="qr-hidden-kind">{t(block.kind === 'ads' ? 'hiddenKindAds' : 'hiddenKindComments')}</span>
                {block.label && <span class="qr-hidden-label" dir="auto">{block.label}</span>}
                <button type="button" class="qr-button" onFocus={() => onPeek(block.index)} onBlur={() => onPeek(null)}
                  onClick={async () => {
                    onPeek(null);
                    await onKeep(block);
                    await refresh();
                    // Its row is gone with it: focus goes back to the list's button, not to the page's start.
                    disclosure.current?.focus();
                  }}>
                  {t(block.kind === 'ads' ? 'keepAds' : 'keepComments')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
