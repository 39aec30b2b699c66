import './setup/cleanup.ts';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ReaderControls, type ReaderControlsProps } from '../../../src/ui/ReaderControls.tsx';
import { DEFAULT_PAGE_CLEANING, DEFAULT_READER_SETTINGS, type PageCleaningState } from '../../../src/ui/settings.ts';
import { tAr, tEn } from './setup/fixtures.ts';

function setup(overrides: Partial<ReaderControlsProps> = {}) {
  const props: ReaderControlsProps = {
    t: tEn,
    settings: { ...DEFAULT_READER_SETTINGS },
    onSettingsChange: vi.fn(),
    cleaning: DEFAULT_PAGE_CLEANING,
    onToggle: vi.fn(),
    onOpenInTab: vi.fn(),
    ...overrides,
  };
  render(<ReaderControls {...props} />);
  return props;
}

describe('ReaderControls accessible names', () => {
  it('names every control exactly', () => {
    setup();
    expect(screen.getByRole('slider', { name: 'Font size' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Font' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Line height' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Width' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Hide comments' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Hide ads' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Where to hide comments' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Where to hide ads' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open in tab' })).toBeTruthy();
  });

  it('names them in Arabic with the Arabic translator', () => {
    setup({ t: tAr });
    expect(screen.getByRole('switch', { name: 'إخفاء التعليقات' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'حجم الخط' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'فتح في علامة تبويب' })).toBeTruthy();
  });

  it('hides the page toggles and the tab button when their callbacks are absent', () => {
    setup({ cleaning: undefined, onToggle: undefined, onOpenInTab: undefined });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ReaderControls keyboard access', () => {
  it('puts every control in the tab order, in reading order', () => {
    const { container } = render(
      <ReaderControls t={tEn} settings={DEFAULT_READER_SETTINGS} onSettingsChange={vi.fn()}
        cleaning={DEFAULT_PAGE_CLEANING} onToggle={vi.fn()} onOpenInTab={vi.fn()} />,
    );
    const focusable = Array.from(container.querySelectorAll<HTMLElement>('input, select, button'));
    const names = focusable.map((el) => {
      expect(el.tabIndex).toBeGreaterThanOrEqual(0);
      expect((el as HTMLInputElement).disabled).toBe(false);
      el.focus();
      expect(document.activeElement).toBe(el);
      return el.closest('label')?.textContent?.trim() ?? el.textContent;
    });
    expect(names.slice(0, 5)).toEqual(['Font size', expect.stringMatching(/^Font/), 'Line height', expect.stringMatching(/^Width/), expect.stringMatching(/^Theme/)]);
    expect(names.at(-1)).toBe('Open in tab');
  });
});

describe('ReaderControls callbacks', () => {
  it('reports the next settings and the changed field', () => {
    const props = setup();
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
    const values = (name: string) =>
      Array.from((screen.getByRole('combobox', { name }) as HTMLSelectElement).options, (o) => o.value);
    expect(values('Font')).toEqual(['serif', 'sans', 'arabic']);
    expect(values('Width')).toEqual(['narrow', 'medium', 'wide']);
    expect(values('Theme')).toEqual(['auto', 'light', 'sepia', 'dark']);
  });

  it('toggles the global value while no site override exists', () => {
    const props = setup();
    const hideAds = screen.getByRole('switch', { name: 'Hide ads' }) as HTMLInputElement;
    expect(hideAds.checked).toBe(true);
    fireEvent.click(hideAds);
    expect(props.onToggle).toHaveBeenCalledWith('hideAds', 'global', false);
  });

  it('toggles the site value when "This site only" is selected', () => {
    const cleaning: PageCleaningState = { ...DEFAULT_PAGE_CLEANING, hideComments: { global: true, site: false } };
    const props = setup({ cleaning });
    const hideComments = screen.getByRole('switch', { name: 'Hide comments' }) as HTMLInputElement;
    expect(hideComments.checked).toBe(false);
    expect((screen.getByRole('combobox', { name: 'Where to hide comments' }) as HTMLSelectElement).value).toBe('site');
    fireEvent.click(hideComments);
    expect(props.onToggle).toHaveBeenCalledWith('hideComments', 'site', true);
  });

  it('moves the current value when the scope changes, so the switch does not jump', () => {
    const props = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Where to hide ads' }), { target: { value: 'site' } });
    expect(props.onToggle).toHaveBeenLastCalledWith('hideAds', 'site', true);

    const pinned = setup({ cleaning: { ...DEFAULT_PAGE_CLEANING, hideAds: { global: true, site: false } } });
    fireEvent.change(screen.getAllByRole('combobox', { name: 'Where to hide ads' })[1]!, { target: { value: 'global' } });
    expect(pinned.onToggle).toHaveBeenCalledOnce();
    expect(pinned.onToggle).toHaveBeenCalledWith('hideAds', 'global', false);
  });

  it('calls onOpenInTab', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect(props.onOpenInTab).toHaveBeenCalledOnce();
  });
});
