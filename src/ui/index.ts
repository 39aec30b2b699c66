/** Public surface of the reader UI for the popup and the full-tab page. */
export { ReaderFrame, type ReaderFrameProps, type ReaderSurface } from './ReaderFrame.tsx';
export { ReaderView, type ReaderViewProps } from './ReaderView.tsx';
export { ReaderControls, type ReaderControlsProps } from './ReaderControls.tsx';
export {
  StatusMessage, HiddenSummary,
  type Status, type StatusMessageProps, type HiddenSummaryProps, type CannotRunReason,
} from './StatusMessage.tsx';
export { SafeHtml, sanitizeArticleHtml } from './safe-html.tsx';
export { createTranslator, uiLocale, type MessageKey, type T } from './i18n.ts';
export * from './settings.ts';
