import '../ui/setup/cleanup.ts';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Options, importMessage, withRestored, type OptionsApi } from '../../../src/options/Options.tsx';
import { exportFileName, readPicksFile, MAX_IMPORT_BYTES } from '../../../src/options/transfer.ts';
import { PICKS_FILE_FORMAT, type PickStore, type SitePick } from '../../../src/shared/picks.ts';
import { tAr, tEn } from '../ui/setup/fixtures.ts';

const CREATED = Date.UTC(2026, 10, 20, 9, 30);
const pick = (id: string, extra: Partial<SitePick> = {}): SitePick => ({
  id, action: 'hide', kind: 'comments', selector: `#${id}`, label: `label ${id}`, created: CREATED, ...extra,
});

/** storage.local in memory, with the change events the page listens to. */
function fakeApi(initial: PickStore) {
  let stored = initial;
  const listeners = new Set<(store: PickStore) => void>();
  const api: OptionsApi = {
    loadPicks: vi.fn(async () => stored),
    savePicks: vi.fn(async (store: PickStore) => {
      stored = store;
      for (const listener of listeners) listener(store);
    }),
    onPicksChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadReaderSettings: async () => ({ theme: 'sepia' }),
  };
  return {
    api,
    get stored() {
      return stored;
    },
    /** Another tab writes to storage. */
    write(store: PickStore) {
      stored = store;
      for (const listener of listeners) listener(store);
    },
  };
}

const STORE: PickStore = {
  sites: {
    'b.example': [pick('c1'), pick('a1', { kind: 'ads', stale: true }), pick('r1', { action: 'article', kind: undefined, pathPattern: '/news/*/*/*' })],
    'a.example': [pick('k1', { action: 'keep', kind: 'ads', label: '' })],
  },
};

describe('the options page', () => {
  it('lists sites in order with each pick’s action, date, selector, text and stale mark, in the reader’s theme', async () => {
    const { api } = fakeApi(STORE);
    const { container } = render(<Options t={tEn} api={api} />);
    await waitFor(() => expect(container.querySelectorAll('section[data-host]')).toHaveLength(2));
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['a.example', 'b.example']);
    const b = within(screen.getByRole('region', { name: 'b.example' }));
    expect(b.getByText('3 picks')).toBeTruthy();
    expect(b.getAllByRole('listitem').map((li) => li.querySelector('.qr-pick-what')?.textContent)).toEqual([
      'Hidden as comment section', 'Hidden as ad', 'Article container for pages like /news/*/*/*',
    ]);
    expect(b.getAllByText('Picked on Nov 20, 2026')).toHaveLength(3);
    expect(b.getByText('#a1').tagName).toBe('CODE');
    expect(b.getByText('label a1')).toBeTruthy();
    expect(b.getAllByText('stale — matched nothing on the last visit')).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: 'a.example' })).getByText('Not an ad')).toBeTruthy();
    await waitFor(() => expect(container.querySelector('.qr-root')?.getAttribute('data-theme')).toBe('sepia'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Site fixes · Quiet Reader');
  });

  it('shows the empty state, and picks written elsewhere as they arrive', async () => {
    const fake = fakeApi({ sites: {} });
    render(<Options t={tEn} api={fake.api} />);
    expect(await screen.findByText(/^No site fixes yet\./)).toBeTruthy();
    act(() => fake.write(STORE));
    expect(await screen.findByRole('region', { name: 'b.example' })).toBeTruthy();
    expect(screen.queryByText(/^No site fixes yet\./)).toBeNull();
  });

  it('removes a pick, says so, focuses Undo, and Undo puts it back in its place', async () => {
    const fake = fakeApi(STORE);
    render(<Options t={tEn} api={fake.api} />);
    const region = await screen.findByRole('region', { name: 'b.example' });
    const removeButtons = within(region).getAllByRole('button', { name: 'Remove' });
    // Each Remove says which pick it removes.
    expect(removeButtons[1]?.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual(['Hidden as ad', '#a1']);
    fireEvent.click(removeButtons[1]!);
    await waitFor(() => expect(fake.stored.sites['b.example']?.map((p) => p.id)).toEqual(['c1', 'r1']));
    expect(screen.getByRole('status').textContent).toBe('Removed a pick on b.example.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(fake.stored.sites['b.example']?.map((p) => p.id)).toEqual(['c1', 'a1', 'r1']));
    expect(fake.stored.sites['b.example']?.[1]?.stale).toBe(true);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('resets a site, and Undo brings all its picks back', async () => {
    const fake = fakeApi(STORE);
    render(<Options t={tEn} api={fake.api} />);
    const region = await screen.findByRole('region', { name: 'b.example' });
    fireEvent.click(within(region).getByRole('button', { name: 'Reset this site' }));
    await waitFor(() => expect(Object.keys(fake.stored.sites)).toEqual(['a.example']));
    expect(screen.queryByRole('region', { name: 'b.example' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Forgot every pick on b.example.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.stored.sites['b.example']).toEqual(STORE.sites['b.example']));
  });

  it('exports the stored picks as a JSON download', async () => {
    const fake = fakeApi(STORE);
    const blobs: Blob[] = [];
    const clicks: Array<{ href: string; download: string }> = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:picks';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const now = () => new Date('2026-12-07T08:00:00Z');
    render(<Options t={tEn} api={fake.api} now={now} />);
    await screen.findByRole('region', { name: 'b.example' });
    fireEvent.click(within(screen.getByRole('group', { name: 'Your picks as a file' })).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(clicks).toEqual([{ href: 'blob:picks', download: 'quiet-reader-picks-2026-12-07.json' }]));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toEqual({ format: PICKS_FILE_FORMAT, version: 1, exported: '2026-12-07T08:00:00.000Z', sites: STORE.sites });
    expect(blobs[0]?.type).toBe('application/json');
    expect(screen.getByRole('status').textContent).toBe('Saved as quiet-reader-picks-2026-12-07.json.');
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });

  it('imports a chosen file and reports what it added and skipped, or why it refused it', async () => {
    const fake = fakeApi(STORE);
    const { container } = render(<Options t={tEn} api={fake.api} />);
    await screen.findByRole('region', { name: 'b.example' });
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const choose = async (file: File, expected: string) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe(expected));
    };
    const file = { format: PICKS_FILE_FORMAT, version: 1, sites: { ...STORE.sites, 'c.example': [pick('n1'), pick('n2', { selector: 'p[' })] } };
    await choose(new File([JSON.stringify(file)], 'picks.json'), 'Added 1 pick. Skipped 1 invalid pick.');
    expect(fake.stored.sites['c.example']?.map((p) => p.id)).toEqual(['n1']);
    expect(fake.stored.sites['b.example']).toEqual(STORE.sites['b.example']);
    const saves = vi.mocked(fake.api.savePicks).mock.calls.length;
    await choose(new File([JSON.stringify(file)], 'picks.json'), 'Added 0 picks. Skipped 1 invalid pick.');
    await choose(new File(['not json'], 'notes.txt'), 'This file was not imported: it is not a Quiet Reader picks file (it is not JSON).');
    expect(vi.mocked(fake.api.savePicks).mock.calls.length, 'nothing new, nothing written').toBe(saves);
  });

  it('shows what a page wrote as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { api } = fakeApi({ sites: { 'evil.example': [pick('x', { label: hostile, selector: 'div[title="<i>"]' })] } });
    const { container } = render(<Options t={tEn} api={api} />);
    const region = await screen.findByRole('region', { name: 'evil.example' });
    expect(within(region).getByText(hostile)).toBeTruthy();
    expect(within(region).getByText('div[title="<i>"]')).toBeTruthy();
    expect(container.querySelector('img, b, i')).toBeNull();
  });

  it('speaks Arabic, mirrored', async () => {
    const { api } = fakeApi(STORE);
    render(<Options t={tAr} api={api} />);
    const region = await screen.findByRole('region', { name: 'b.example' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(within(region).getAllByRole('button', { name: 'إزالة' })).toHaveLength(3);
    expect(within(region).getByRole('button', { name: 'إعادة تعيين هذا الموقع' })).toBeTruthy();
    expect(within(region).getByText('قديم — لم يطابق شيئًا في آخر زيارة')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'استيراد…' })).toBeTruthy();
  });
});

describe('import messages and files', () => {
  it('counts in each language’s plural forms', () => {
    expect(importMessage(tEn, { ok: true, store: { sites: {} }, added: 1, dropped: 0 })).toBe('Added 1 pick.');
    expect(importMessage(tEn, { ok: true, store: { sites: {} }, added: 12, dropped: 2 })).toBe('Added 12 picks. Skipped 2 invalid picks.');
    expect(importMessage(tAr, { ok: true, store: { sites: {} }, added: 2, dropped: 1 })).toBe('أُضيف اختياران. تُرك اختيار واحد غير صالح.');
    expect(importMessage(tAr, { ok: true, store: { sites: {} }, added: 0, dropped: 0 })).toBe('لم يُضف أي اختيار.');
  });

  it('names each reason a file is refused', () => {
    expect(importMessage(tEn, { ok: false, error: 'not-picks' })).toBe('This file was not imported: it is not a Quiet Reader picks file.');
    expect(importMessage(tEn, { ok: false, error: 'newer-version' })).toBe('This file was not imported: a newer version of Quiet Reader wrote it.');
    expect(importMessage(tEn, { ok: false, error: 'too-large' })).toBe('This file was not imported: it is too large to be a picks file.');
    expect(importMessage(tEn, { ok: false, error: 'unreadable' })).toBe('This file was not imported: it could not be read.');
  });

  it('refuses a file too large to be a picks file before reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, text: vi.fn() } as unknown as Blob;
    expect(await readPicksFile(huge)).toEqual({ ok: false, error: 'too-large' });
    expect((huge as unknown as { text: ReturnType<typeof vi.fn> }).text).not.toHaveBeenCalled();
    expect(exportFileName(new Date('2026-01-02T23:00:00Z'))).toBe('quiet-reader-picks-2026-01-02.json');
  });

  it('puts forgotten picks back in their former places, never twice, after picks made since', () => {
    const store: PickStore = { sites: { 'a.test': [pick('new'), pick('2')] } };
    const back = withRestored(store, { host: 'a.test', picks: [pick('1'), pick('2'), pick('3')], order: ['1', '2', '3'] });
    expect(back.sites['a.test']?.map((p) => p.id)).toEqual(['1', '2', '3', 'new']);
    expect(withRestored(store, { host: 'a.test', picks: [], order: [] })).toBe(store);
    expect(withRestored(store, { host: 'b.test', picks: [pick('x')], order: ['x'] }).sites['b.test']).toEqual([pick('x')]);
  });
});
