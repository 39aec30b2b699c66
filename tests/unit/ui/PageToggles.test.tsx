import './setup/cleanup.ts';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { PageToggles, type PageTogglesProps } from '../../../src/ui/PageToggles.tsx';
import { DEFAULT_PAGE_CLEANING, applyCleaningToggle, type PageCleaningState } from '../../../src/ui/settings.ts';
import { tAr, tEn } from './setup/fixtures.ts';

function setup(overrides: Partial<PageTogglesProps> = {}) {
  const props: PageTogglesProps = {
    t: tEn,
    cleaning: DEFAULT_PAGE_CLEANING,
    onToggle: vi.fn(),
    counts: { commentSections: 1, ads: 3 },
    ...overrides,
  };
  const view = render(<PageToggles {...props} />);
  return { props, ...view };
}

/** The text a switch's aria-describedby points at (what a screen reader reads after its name and state). */
function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

const arNumber = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('PageToggles', () => {
  it('shows both switches and their scope menus, with their exact accessible names, in a named group', () => {
    setup();
    expect(screen.getByRole('group', { name: 'Clean up the page' })).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'Hide comments' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'Hide ads' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Where to hide comments' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Where to hide ads' })).toBeTruthy();
    const options = Array.from((screen.getByRole('combobox', { name: 'Where to hide ads' }) as HTMLSelectElement).options, (o) => [o.value, o.text]);
    expect(options).toEqual([['global', 'All sites'], ['site', 'This site only']]);
  });

  it('names them in Arabic', () => {
    setup({ t: tAr });
    expect(screen.getByRole('group', { name: 'تنظيف الصفحة' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'إخفاء التعليقات' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'إخفاء الإعلانات' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'أين تُخفى التعليقات' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'أين تُخفى الإعلانات' })).toBeTruthy();
  });

  it('says what each switch hides on this page, as its description', () => {
    setup();
    expect(description(screen.getByRole('switch', { name: 'Hide comments' }))).toBe('1 comment section');
    expect(description(screen.getByRole('switch', { name: 'Hide ads' }))).toBe('3 ads');
    expect(screen.getByText('1 comment section')).toBeTruthy();
    expect(screen.getByText('3 ads')).toBeTruthy();
  });

  it('uses English plurals', () => {
    setup({ counts: { commentSections: 2, ads: 1 } });
    expect(screen.getByText('2 comment sections')).toBeTruthy();
    expect(screen.getByText('1 ad')).toBeTruthy();
  });

  it.each([
    [1, 'قسم تعليقات واحد', 1, 'إعلان واحد'],
    [2, 'قسما تعليقات', 2, 'إعلانان'],
    [3, `${arNumber(3)} أقسام تعليقات`, 11, `${arNumber(11)} إعلانًا`],
    [12, `${arNumber(12)} قسمًا للتعليقات`, 100, `${arNumber(100)} إعلان`],
  ])('uses Arabic plural forms: %i comment sections, %i ads', (comments, commentsText, ads, adsText) => {
    setup({ t: tAr, counts: { commentSections: comments, ads } });
    expect(description(screen.getByRole('switch', { name: 'إخفاء التعليقات' }))).toBe(commentsText);
    expect(description(screen.getByRole('switch', { name: 'إخفاء الإعلانات' }))).toBe(adsText);
  });

  it('says "none found" for a switch that is on and hid nothing', () => {
    const { unmount } = setup({ counts: { commentSections: 0, ads: 2 } });
    expect(description(screen.getByRole('switch', { name: 'Hide comments' }))).toBe('none found');
    expect(description(screen.getByRole('switch', { name: 'Hide ads' }))).toBe('2 ads');
    unmount();
    setup({ t: tAr, counts: { commentSections: 0, ads: 0 } });
    expect(description(screen.getByRole('switch', { name: 'إخفاء الإعلانات' }))).toBe('لم يُعثر على شيء');
  });

  it('says nothing about a switch that is off, or while the counts are unknown', () => {
    const { rerender, props } = setup({ cleaning: { ...DEFAULT_PAGE_CLEANING, hideAds: { global: false, site: null } } });
    expect(description(screen.getByRole('switch', { name: 'Hide ads' }))).toBe('');
    expect(description(screen.getByRole('switch', { name: 'Hide comments' }))).toBe('1 comment section');
    rerender(<PageToggles {...props} counts={null} />);
    expect(description(screen.getByRole('switch', { name: 'Hide comments' }))).toBe('');
    expect(description(screen.getByRole('switch', { name: 'Hide ads' }))).toBe('');
  });

  it('does not repeat a count from before a flip until the page is recounted', () => {
    let cleaning: PageCleaningState = { ...DEFAULT_PAGE_CLEANING, hideAds: { global: false, site: null } };
    const before = { commentSections: 1, ads: 0 };
    const onToggle = vi.fn((kind, scope, value) => {
      cleaning = applyCleaningToggle(cleaning, kind, scope, value);
    });
    const { rerender } = setup({ cleaning, onToggle, counts: before });
    fireEvent.click(screen.getByRole('switch', { name: 'Hide ads' }));
    rerender(<PageToggles t={tEn} cleaning={cleaning} onToggle={onToggle} counts={before} />);
    expect((screen.getByRole('switch', { name: 'Hide ads' }) as HTMLInputElement).checked).toBe(true);
    expect(description(screen.getByRole('switch', { name: 'Hide ads' }))).toBe('');
    expect(description(screen.getByRole('switch', { name: 'Hide comments' }))).toBe('1 comment section');
    rerender(<PageToggles t={tEn} cleaning={cleaning} onToggle={onToggle} counts={{ commentSections: 1, ads: 4 }} />);
    expect(description(screen.getByRole('switch', { name: 'Hide ads' }))).toBe('4 ads');
  });
});

describe('PageToggles callbacks (same semantics as applyCleaningToggle)', () => {
  it('toggles the global value while no site override exists', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('switch', { name: 'Hide ads' }));
    expect(props.onToggle).toHaveBeenCalledOnce();
    expect(props.onToggle).toHaveBeenCalledWith('hideAds', 'global', false);
  });

  it('toggles the site value when "This site only" is selected', () => {
    const cleaning: PageCleaningState = { ...DEFAULT_PAGE_CLEANING, hideComments: { global: true, site: false } };
    const { props } = setup({ cleaning });
    const hideComments = screen.getByRole('switch', { name: 'Hide comments' }) as HTMLInputElement;
    expect(hideComments.checked).toBe(false);
    expect((screen.getByRole('combobox', { name: 'Where to hide comments' }) as HTMLSelectElement).value).toBe('site');
    fireEvent.click(hideComments);
    expect(props.onToggle).toHaveBeenCalledOnce();
    expect(props.onToggle).toHaveBeenCalledWith('hideComments', 'site', true);
  });

  it('moves the current value when the scope changes, once, so the switch does not jump', () => {
    const { props, unmount } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Where to hide ads' }), { target: { value: 'site' } });
    expect(props.onToggle).toHaveBeenCalledOnce();
    expect(props.onToggle).toHaveBeenCalledWith('hideAds', 'site', true);
    unmount();

    const pinned = setup({ cleaning: { ...DEFAULT_PAGE_CLEANING, hideAds: { global: true, site: false } } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Where to hide ads' }), { target: { value: 'global' } });
    expect(pinned.props.onToggle).toHaveBeenCalledOnce();
    expect(pinned.props.onToggle).toHaveBeenCalledWith('hideAds', 'global', false);
    expect(applyCleaningToggle(pinned.props.cleaning, 'hideAds', 'global', false).hideAds).toEqual({ global: false, site: null });
  });
});
