/**
 * The reader, in the toolbar popup or in a full tab: loads the article of the tab it is about,
 * shows it with the user's typography, and carries the page's comment and ad toggles.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser, translate } from '../platform/browser.ts';
import type { CleaningCounts } from '../shared/protocol.ts';
import { localeDirection, uiLocale, type T } from '../ui/i18n.ts';
import { ReaderBar } from '../ui/ReaderBar.tsx';
import { ReaderFrame } from '../ui/ReaderFrame.tsx';
import { ReaderView } from '../ui/ReaderView.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { withDeferredComments } from './comments.ts';
import { loadCleaningCounts, loadReader, type Loaded, type ReaderState, type TabTarget } from './load.ts';
import { hiddenBlocks, keepBlock, peekBlock, startPicker } from './picks.ts';
import { mark } from './marks.ts';
import { useCleaning, useReaderSettings } from './use-settings.ts';

const t: T = translate;

/** The content script applies a toggle through storage events; give it a moment before recounting. */
const RECOUNT_DELAY_MS = 300;

type ArticleReply = Extract<ReaderState, { kind: 'article' }>['reply'];

/** Adds the deferred comment threads to the article on screen, unless another load has replaced it. */
async function fillInComments(target: TabTarget, reply: ArticleReply, setState: (update: (s: ReaderState) => ReaderState) => void) {
  const article = await withDeferredComments(target, reply.article);
  if (article === reply.article) return;
  mark('comments');
  setState((current) => (current.kind === 'article' && current.reply === reply ? { kind: 'article', reply: { ...reply, article } } : current));
}

/** `first`: the article's first load, started before this UI had loaded (main.tsx). */
export function App({ mode, first }: { mode: 'popup' | 'tab'; first: Promise<Loaded> }) {
  const [target, setTarget] = useState<TabTarget | null>(null);
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const [counts, setCounts] = useState<CleaningCounts | null>(null);
  const article = state.kind === 'article' ? state.reply.article : null;
  const reader = useReaderSettings(article?.dir ?? 'ltr');
  const cleaning = useCleaning(target?.host ?? '');

  useEffect(() => {
    const locale = uiLocale(t);
    document.documentElement.lang = locale;
    document.documentElement.dir = localeDirection(locale);
  }, []);

  const show = useCallback(async (loading: Promise<Loaded>) => {
    setState({ kind: 'loading' });
    const { target: found, state: next } = await loading;
    setTarget(found);
    setState(next);
    if (!found) return;
    if (next.kind === 'article') void fillInComments(found, next.reply, setState);
    if (next.kind !== 'cannot-run') setCounts(await loadCleaningCounts(found));
  }, []);

  useEffect(() => {
    mark('ui');
    void show(first);
  }, [show, first]);

  useEffect(() => {
    if (article) document.title = `${article.title} · ${t('extName')}`;
  }, [article]);

  // Recount what is hidden on the page whenever the effective choices change.
  const hideComments = cleaning.effective?.hideComments;
  const hideAds = cleaning.effective?.hideAds;
  useEffect(() => {
    if (!target || state.kind === 'cannot-run' || state.kind === 'loading') return;
    const timer = setTimeout(() => void loadCleaningCounts(target).then(setCounts), RECOUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [target, state.kind, hideComments, hideAds]);

  const openInTab = useCallback(async () => {
    if (!target) return;
    await browser.tabs.create({ url: browser.runtime.getURL(`src/reader/index.html?tab=${target.tabId}`) });
    if (mode === 'popup') window.close();
  }, [target, mode]);

  const picks = useMemo(() => {
    if (!target) return undefined;
    const { tabId } = target;
    return {
      onPick: mode === 'popup'
        ? async (pickMode: 'hide' | 'article') => {
          // The picker runs on the page; a popup closes when the page is clicked anyway.
          if (await startPicker(tabId, pickMode)) window.close();
        }
        : undefined,
      loadHidden: () => hiddenBlocks(tabId),
      onPeek: (index: number | null) => void peekBlock(tabId, index),
      onKeep: async (block: { index: number }) => {
        await keepBlock(tabId, block.index);
        // The page script shows the block again through storage: list and count again once it has.
        await new Promise((done) => setTimeout(done, RECOUNT_DELAY_MS));
        setCounts(await loadCleaningCounts(target));
      },
      onManage: () => void browser.runtime.openOptionsPage().catch(() => undefined),
    };
  }, [target, mode]);

  const canClean = state.kind !== 'cannot-run' && cleaning.state !== null;
  return (
    <ReaderFrame settings={reader.settings} surface={mode}>
      <div class="qr-app" data-state={state.kind}>
        <ReaderBar
          t={t}
          cleaning={canClean ? cleaning.state : null}
          onToggle={cleaning.toggle}
          counts={counts}
          picks={picks}
          settings={reader.settings}
          onSettingsChange={reader.change}
          onOpenInTab={mode === 'popup' && state.kind === 'article' ? openInTab : undefined}
        />
        {state.kind === 'article' ? (
          <ReaderView article={state.reply.article} t={t} showComments={cleaning.effective?.hideComments === false} />
        ) : (
          <StatusMessage
            t={t}
            status={state.kind === 'cannot-run' ? { kind: 'cannot-run', reason: state.reason } : state}
            // The first load put our scripts in the page: ask it straight away.
            onShowAnyway={() => void show(loadReader(location.search, true, false))}
          />
        )}
      </div>
    </ReaderFrame>
  );
}
