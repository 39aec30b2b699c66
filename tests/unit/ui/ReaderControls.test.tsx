import './setup/cleanup.ts';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ReaderBar, type ReaderBarProps } from '../../../src/ui/ReaderBar.tsx';
import { ReaderControls, type ReaderControlsProps } from '../../../src/ui/ReaderControls.tsx';
import { DEFAULT_PAGE_CLEANING, DEFAULT_READER_SETTINGS } from '../../../src/ui/settings.ts';
import { tAr, tEn } from './setup/fixtures.ts';

function setup(overrides: Partial<ReaderControlsProps> = {}) {
  const props: ReaderControlsProps = {
    t: tEn,
    settings: { ...DEFAULT_READER_SETTINGS },
    onSettingsChange: vi.fn(),
    onOpenInTab: vi.fn(),
    ...overrides,
  };
  render(<ReaderControls {...props} />);
  return props;
}

/** Opens the "Reader settings" disclosure (named `name`, English by default). */
function openSettings(name = 'Reader settings') {
  fireEvent.click(screen.getByRole('button', { name }));
}

describe('ReaderControls: the Reader settings disclosure', () => {
  it('starts closed: its button says so, and no typography control is shown or focusable', () => {
    setup();
    const button = screen.getByRole('button', { name: 'Reader settings' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('opens and closes with one click, and names its panel after itself', () => {
    setup();
    openSettings();
    const button = screen.getByRole('button', { name: 'Reader settings' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Reader settings' }).id).toBe(button.getAttribute('aria-controls'));
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('slider')).toBeNull();
  });
});

describe('ReaderControls accessible names', () => {
  it('names every control exactly', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Open in tab' })).toBeTruthy();
    openSettings();
    expect(screen.getByRole('slider', { name: 'Font size' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Font' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Line height' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Width' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toBeTruthy();
  });

  it('names them in Arabic with the Arabic translator', () => {
    setup({ t: tAr });
    expect(screen.getByRole('button', { name: 'فتح في علامة تبويب' })).toBeTruthy();
    openSettings('إعدادات القراءة');
    expect(screen.getByRole('slider', { name: 'حجم الخط' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'السمة' })).toBeTruthy();
  });

  it('hides the tab button when its callback is absent', () => {
    setup({ onOpenInTab: undefined });
    expect(screen.queryByRole('button', { name: 'Open in tab' })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Reader settings']);
  });
});

describe('ReaderControls callbacks', () => {
  it('reports the next settings and the changed field', () => {
    const props = setup();
    openSettings();
    fireEvent.input(screen.getByRole('slider', { name: 'Font size' }), { target: { value: '22' } });
    expect(props.onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, fontSize: 22 }, 'fontSize');
    fireEvent.input(screen.getByRole('slider', { name: 'Line height' }), { target: { value: '1.9' } });
    expect(props.onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, lineHeight: 1.9 }, 'lineHeight');
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'dark' } });
    expect(props.onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, theme: 'dark' }, 'theme');
    fireEvent.change(screen.getByRole('combobox', { name: 'Font' }), { target: { value: 'arabic' } });
    expect(props.onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, fontFamily: 'arabic' }, 'fontFamily');
  });

  it('offers the Arabic font, all widths and all themes', () => {
    setup();
    openSettings();
    const values = (name: string) =>
      Array.from((screen.getByRole('combobox', { name }) as HTMLSelectElement).options, (o) => o.value);
    expect(values('Font')).toEqual(['serif', 'sans', 'arabic']);
    expect(values('Width')).toEqual(['narrow', 'medium', 'wide']);
    expect(values('Theme')).toEqual(['auto', 'light', 'sepia', 'dark']);
  });

  it('calls onOpenInTab', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect(props.onOpenInTab).toHaveBeenCalledOnce();
  });
});

function renderBar(overrides: Partial<ReaderBarProps> = {}) {
  const props: ReaderBarProps = {
    t: tEn,
    settings: DEFAULT_READER_SETTINGS,
    onSettingsChange: vi.fn(),
    cleaning: DEFAULT_PAGE_CLEANING,
    onToggle: vi.fn(),
    counts: { commentSections: 1, ads: 3 },
    onOpenInTab: vi.fn(),
    ...overrides,
  };
  return render(<ReaderBar {...props} />);
}

/** The focusable controls in DOM (= tab) order, each by its accessible name as a user hears it. */
function tabOrder(container: Element): string[] {
  const focusable = Array.from(container.querySelectorAll<HTMLElement>('input, select, button, summary, a[href]'))
    .filter((el) => !el.closest('[hidden]'));
  return focusable.map((el) => {
    expect(el.tabIndex).toBeGreaterThanOrEqual(0);
    expect((el as HTMLInputElement).disabled).toBe(false);
    el.focus();
    expect(document.activeElement).toBe(el);
    // The label's first text (visually hidden for the scope menus), else the button's text.
    return el.closest('label')?.querySelector('span')?.textContent?.trim() ?? el.textContent?.trim() ?? '';
  });
}

describe('ReaderBar: what the top of the reader holds, in tab order', () => {
  it('shows both toggles without opening anything, then Open in tab, then Reader settings', () => {
    const { container } = renderBar();
    expect(screen.getByRole('switch', { name: 'Hide comments' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Hide ads' })).toBeTruthy();
    expect(tabOrder(container)).toEqual([
      'Hide comments', 'Where to hide comments', 'Hide ads', 'Where to hide ads', 'Open in tab', 'Reader settings',
    ]);
  });

  it('puts the typography controls right after Reader settings once it is open', () => {
    const { container } = renderBar();
    openSettings();
    expect(tabOrder(container)).toEqual([
      'Hide comments', 'Where to hide comments', 'Hide ads', 'Where to hide ads', 'Open in tab', 'Reader settings',
      'Font size', 'Font', 'Line height', 'Width', 'Theme',
    ]);
  });

  it('has no Open in tab in the full-tab reader, and no toggles where the page cannot be cleaned', () => {
    const { container, unmount } = renderBar({ onOpenInTab: undefined });
    expect(tabOrder(container)).toEqual(['Hide comments', 'Where to hide comments', 'Hide ads', 'Where to hide ads', 'Reader settings']);
    unmount();
    const bare = renderBar({ cleaning: null, onOpenInTab: undefined });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(tabOrder(bare.container)).toEqual(['Reader settings']);
  });

  it('keeps the same order in Arabic', () => {
    const { container } = renderBar({ t: tAr });
    expect(tabOrder(container)).toEqual([
      'إخفاء التعليقات', 'أين تُخفى التعليقات', 'إخفاء الإعلانات', 'أين تُخفى الإعلانات', 'فتح في علامة تبويب', 'إعدادات القراءة',
    ]);
  });
});
