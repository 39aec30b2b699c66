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
export interface Forgotten {
  host: string;
  picks: SitePick[];
  /** The ids of the site's picks before, in their order, so Undo puts each back in its place. */
  order: string[];
}

/** Puts forgotten picks back on their site (those not there again already), each in its former place. */
export function withRestored(store: PickStore, { host, picks, order }: Forgotten): PickStore {
  const current = picksFor(store, host);
  const back = picks.filter((pick) => !current.some((other) => other.id === pick.id));
  if (back.length === 0) return store;
  // Picks made since keep their order, after those that were there before.
  const rank = (pick: SitePick): number => {
    const at = order.indexOf(pick.id);
    return at < 0 ? order.length : at;
  };
  const merged = [...current, ...back].sort((a, b) => rank(a) - rank(b));
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
    async (change: (current: PickStore) => PickStore): Promise<{ before: PickStore; after: PickStore }> => {
      const before = await api.loadPicks();
      const after = change(before);
      if (after !== before) await api.savePicks(after);
      setStore(after);
      return { before, after };
    },
    [api],
  );

  // After Remove or Reset the button pressed is gone: keyboard focus goes to Undo, beside what happened.
  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);

  const remove = useCallback(
    async (host: string, pick: SitePick) => {
      const { before } = await update((current) => withoutPick(current, host, pick.id));
      const site = picksFor(before, host);
      const picks = site.filter((other) => other.id === pick.id);
      setNotice({ text: t('optionsRemoved', [host]), kind: 'done', undo: { host, picks, order: site.map((other) => other.id) } });
    },
    [update, t],
  );

  const reset = useCallback(
    async (host: string) => {
      const { before } = await update((current) => withoutSite(current, host));
      const picks = picksFor(before, host);
      setNotice({ text: t('optionsSiteReset', [host]), kind: 'done', undo: { host, picks, order: picks.map((other) => other.id) } });
    },
    [update, t],
  );

  const undo = useCallback(async () => {
    const forgotten = notice?.undo;
    if (!forgotten) return;
    await update((current) => withRestored(current, forgotten));
    setNotice(null);
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
    let result: FileImport;
    if (read.ok) {
      const current = await api.loadPicks();
      result = mergePicksFile(current, read.text);
      // A refused file, or one with nothing new, leaves storage as it was.
      if (result.ok && result.store !== current) {
        await api.savePicks(result.store);
        setStore(result.store);
      }
    } else {
      result = read;
    }
    setNotice({ text: importMessage(t, result), kind: result.ok ? 'done' : 'refused' });
  }, [api, t]);

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
            <button type="button" class="qr-button" ref={undoButton} onClick={() => void undo()}>
              {t('optionsUndo')}
            </button>
          )}
        </div>
        {store && hosts.length === 0 && <p class="qr-options-empty">{t('optionsEmpty')}</p>}
        {store &&
          hosts.map((host) => (
            <SitePicks key={host} t={t} locale={locale} host={host} picks={picksFor(store, host)} onRemove={(host, pick) => void remove(host, pick)} onReset={(host) => void reset(host)} />
          ))}
      </main>
    </ReaderFrame>
  );
}
