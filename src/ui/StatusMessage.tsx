/** Everything the popup shows instead of an article. */
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey, T } from './i18n.ts';

/**
 * Why the reader cannot read the current tab (src/popup/restricted.ts says which). All but the last two are
 * places browsers keep extensions out; `needs-access` is a web page the person has not opened the reader
 * on yet (the toolbar button grants it), `error-page` one that did not load.
 */
export type CannotRunReason =
  | 'browser-page' | 'addon-store' | 'pdf' | 'image' | 'file-access' | 'view-source' | 'restricted'
  | 'needs-access' | 'error-page';

export type Status =
  | { kind: 'loading' }
  | { kind: 'not-article' }
  /** The page was read, but it holds no text or image to show. */
  | { kind: 'no-text' }
  | { kind: 'cannot-run'; reason: CannotRunReason }
  /** `message` is shown as given: pass a translated string or technical detail. */
  | { kind: 'error'; message: string };

export interface StatusMessageProps {
  status: Status;
  t: T;
  /** Required for the "not-article" status: the "Show reader anyway" button calls it. */
  onShowAnyway?: () => void;
  /** Delay before the spinner appears, so fast extractions do not flash it. */
  loadingDelayMs?: number;
}

const REASON_KEYS: Record<CannotRunReason, MessageKey> = {
  'browser-page': 'cannotRunBrowserPage',
  'addon-store': 'cannotRunAddonStore',
  pdf: 'cannotRunPdf',
  image: 'cannotRunImage',
  'file-access': 'cannotRunFileAccess',
  'view-source': 'cannotRunViewSource',
  restricted: 'cannotRunRestricted',
  'needs-access': 'needsAccess',
  'error-page': 'errorPage',
};

/** The heading: "can't run on this page" only where the browser forbids it. */
const HEADING_KEYS: Partial<Record<CannotRunReason, MessageKey>> = {
  'needs-access': 'needsAccessTitle',
  'error-page': 'errorPageTitle',
};

function Loading({ t, delayMs }: { t: T; delayMs: number }) {
  const [visible, setVisible] = useState(delayMs <= 0);
  useEffect(() => {
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  // The live region exists from the start so screen readers announce the text when it appears.
  return (
    <div class="qr-status qr-status-loading" role="status">
      {visible && (
        <>
          <span class="qr-spinner" aria-hidden="true" />
          <span>{t('loading')}</span>
        </>
      )}
    </div>
  );
}

export function StatusMessage({ status, t, onShowAnyway, loadingDelayMs = 150 }: StatusMessageProps) {
  switch (status.kind) {
    case 'loading':
      return <Loading t={t} delayMs={loadingDelayMs} />;
    case 'not-article':
      return (
        <div class="qr-status" role="status">
          <p>{t('notArticle')}</p>
          {onShowAnyway && (
            <button type="button" class="qr-button" onClick={onShowAnyway}>{t('showReaderAnyway')}</button>
          )}
        </div>
      );
    case 'no-text':
      return (
        <div class="qr-status" role="status">
          <p class="qr-status-title">{t('noTextTitle')}</p>
          <p>{t('noText')}</p>
        </div>
      );
    case 'cannot-run':
      return (
        <div class="qr-status" role="status">
          <p class="qr-status-title">{t(HEADING_KEYS[status.reason] ?? 'cannotRun')}</p>
          <p>{t(REASON_KEYS[status.reason])}</p>
        </div>
      );
    case 'error':
      return (
        <div class="qr-status qr-status-error" role="alert">
          <p class="qr-status-title">{t('errorTitle')}</p>
          {/* Error text may be in another language than the UI (e.g. an English exception). */}
          {status.message && <p dir="auto">{status.message}</p>}
        </div>
      );
  }
}
