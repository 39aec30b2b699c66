import { useEffect, useState } from 'preact/hooks';
import { translate } from '../platform/browser.ts';
import { findTarget, loadArticle, type ReaderState } from './load.ts';

export function App({ mode }: { mode: 'popup' | 'tab' }) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const target = await findTarget(location.search);
      if (!target) return setState({ kind: 'restricted', reason: 'unknown' });
      setState(await loadArticle(target, false));
    })();
  }, []);
  return (
    <main data-mode={mode} data-state={state.kind}>
      {state.kind === 'article' && <h1>{state.reply.article.title}</h1>}
      {state.kind === 'restricted' && <p>{translate('restricted_' + state.reason)}</p>}
    </main>
  );
}
