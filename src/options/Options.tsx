/**
 * The options page, "Site fixes": every pick saved per site, each removable, a site resettable, and all of
 * them exported to a file or imported from one. It follows storage as it changes (a pick made in another
 * tab appears at once). Everything stays in storage.local; nothing is sent or fetched.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { picksFor, withoutPick, withoutSite, type PickStore, type SitePick } from '../shared/picks.ts';
import { localeDirection, uiLocale, type MessageKey, type T } from '../ui/i18n.ts';
import { ReaderFrame } from '../ui/ReaderFrame.tsx';
import { normalizeReaderSettings } from '../ui/settings.ts';
import { optionsPlural } from './plural.ts';
import { SitePicks } from './SitePicks.tsx';
import { downloadPicks, mergePicksFile, readPicksFile, type FileImport } from './transfer.ts';

/** What the page needs of the browser (src/platform/browser.ts in the extension; fakes in unit tests). */
export interface OptionsApi {
  loadPicks(): Promise<PickStore>;
  savePicks(store: PickStore): Promise<void>;
  onPicksChanged(listener: (store: PickStore) => void): () => void;
  /** The reader settings as stored, for the theme. */
  loadReaderSettings(): Promise<unknown>;
}

/** Picks forgotten by the last Remove or Reset, which Undo puts back. */
interface Forgotten {
  host: string;
  picks: SitePick[];
}

/** Puts forgotten picks back on their site (those not there again already), in the order they were made. */
export function withRestored(store: PickStore, { host, picks }: Forgotten): PickStore {
  const current = picksFor(store, host);
  const back = picks.filter((pick) => !current.some((other) => other.id === pick.id));
  if (back.length === 0) return store;
  const merged = [...current, ...back].sort((a, b) => a.created - b.created);
  return { sites: { ...store.sites, [host]: merged } };
}

const IMPORT_ERRORS: Record<Exclude<FileImport, { ok: true }>['error'], MessageKey> = {
  'not-json': 'optionsImportNotJson',
  'not-picks': 'optionsImportNotPicks',
  'newer-version': 'optionsImportNewer',
  'too-large': 'optionsImportTooLarge',
  unreadable: 'optionsImportUnreadable',
};

export function importMessage(t: T, result: FileImport): string {
  if (!result.ok) return t(IMPORT_ERRORS[result.error]);
  const added = optionsPlural(t, 'optionsAdded', result.added);
  return result.dropped > 0 ? `${added} ${optionsPlural(t, 'optionsSkipped', result.dropped)}` : added;
}

interface Notice {
  text: string;
  kind: 'done' | 'refused';
  undo?: Forgotten;
}

export function Options({ t, api, now = () => new Date() }: { t: T; api: OptionsApi; now?: () => Date }) {
  const [store, setStore] = useState<PickStore | null>(null);
  const [settings, setSettings] = useState(() => normalizeReaderSettings({}, 'ltr'));
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const locale = uiLocale(t);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = localeDirection(locale);
    document.title = `${t('optionsTitle')} · ${t('extName')}`;
  }, [t, locale]);

  useEffect(() => {
    const stop = api.onPicksChanged(setStore);
    void api.loadPicks().then(setStore);
    void api.loadReaderSettings().then(
      (value) => setSettings(normalizeReaderSettings(typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}, 'ltr')),
      () => undefined,
    );
    return stop;
  }, [api]);

  /** Changes the picks as stored now (a page may have written since this one read them), then shows the result. */
  const update = useCallback(
    async (change: (current: PickStore) => PickStore): Promise<void> => {
      const current = await api.loadPicks();
      const next = change(current);
      if (next !== current) await api.savePicks(next);
      setStore(next);
    },
    [api],
  );

  // After Remove or Reset the button pressed is gone: keyboard focus goes to Undo, beside what happened.
  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);

  const remove = useCallback(
    (host: string, pick: SitePick) => {
      void update((current) => withoutPick(current, host, pick.id)).then(() =>
        setNotice({ text: t('optionsRemoved', [host]), kind: 'done', undo: { host, picks: [pick] } }),
      );
    },
    [update, t],
  );

  const reset = useCallback(
    (host: string) => {
      const picks = store ? picksFor(store, host) : [];
      void update((current) => withoutSite(current, host)).then(() =>
        setNotice({ text: t('optionsSiteReset', [host]), kind: 'done', undo: { host, picks } }),
      );
    },
    [update, store, t],
  );

  const undo = useCallback(() => {
    const forgotten = notice?.undo;
    if (!forgotten) return;
    void update((current) => withRestored(current, forgotten)).then(() => setNotice(null));
  }, [notice, update]);

  const exportAll = useCallback(async () => {
    const fileName = downloadPicks(await api.loadPicks(), now());
    setNotice({ text: t('optionsExported', [fileName]), kind: 'done' });
  }, [api, now, t]);

  const importChosen = useCallback(async () => {
    const input = fileInput.current;
    const file = input?.files?.[0];
    if (!input || !file) return;
    // The same file chosen again must fire `change` again.
    input.value = '';
    const read = await readPicksFile(file);
    let result: FileImport = read.ok ? { ok: false, error: 'unreadable' } : read;
    if (read.ok) {
      await update((current) => {
        result = mergePicksFile(current, read.text);
        return result.ok ? result.store : current;
      });
    }
    setNotice({ text: importMessage(t, result), kind: result.ok ? 'done' : 'refused' });
  }, [update, t]);

  const hosts = store ? Object.keys(store.sites).sort((a, b) => a.localeCompare(b)) : [];
  return (
    <ReaderFrame settings={settings} surface="tab">
      <main class="qr-options" data-state={store ? 'ready' : 'loading'}>
        <h1>{t('optionsTitle')}</h1>
        <p class="qr-options-intro">{t('optionsIntro')}</p>
        <div class="qr-options-transfer" role="group" aria-label={t('optionsTransfer')}>
          <button type="button" class="qr-button" onClick={() => void exportAll()}>
            {t('optionsExport')}
          </button>
          <button type="button" class="qr-button" onClick={() => fileInput.current?.click()}>
            {t('optionsImport')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="qr-visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={() => void importChosen()}
          />
        </div>
        <div class="qr-options-notice" data-kind={notice?.kind}>
          <p role="status">{notice?.text ?? ''}</p>
          {notice?.undo && (
            <button type="button" class="qr-button" ref={undoButton} onClick={undo}>
              {t('optionsUndo')}
            </button>
          )}
        </div>
        {store && hosts.length === 0 && <p class="qr-options-empty">{t('optionsEmpty')}</p>}
        {store &&
          hosts.map((host) => (
            <SitePicks key={host} t={t} locale={locale} host={host} picks={picksFor(store, host)} onRemove={remove} onReset={reset} />
          ))}
      </main>
    </ReaderFrame>
  );
}
