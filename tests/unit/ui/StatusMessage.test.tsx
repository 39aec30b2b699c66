import './setup/cleanup.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { StatusMessage, type CannotRunReason } from '../../../src/ui/StatusMessage.tsx';
import { tAr, tEn } from './setup/fixtures.ts';

describe('StatusMessage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the loading spinner only after 150 ms', () => {
    render(<StatusMessage status={{ kind: 'loading' }} t={tEn} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(149);
    });
    expect(region.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(region.textContent).toBe('Preparing the article…');
    expect(region.querySelector('.qr-spinner')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('offers "Show reader anyway" on a page that is not an article', () => {
    const onShowAnyway = vi.fn();
    render(<StatusMessage status={{ kind: 'not-article' }} t={tEn} onShowAnyway={onShowAnyway} />);
    expect(screen.getByText('This page doesn’t look like an article.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show reader anyway' }));
    expect(onShowAnyway).toHaveBeenCalledOnce();
  });

  it.each<[CannotRunReason, RegExp]>([
    ['browser-page', /settings or a new tab/],
    ['addon-store', /add-on stores/],
    ['pdf', /PDF/],
    ['file-access', /access to file URLs/],
    ['restricted', /doesn’t allow extensions/],
  ])('explains why it cannot run: %s', (reason, sentence) => {
    render(<StatusMessage status={{ kind: 'cannot-run', reason }} t={tEn} />);
    expect(screen.getByText('Quiet Reader can’t run on this page.')).toBeTruthy();
    expect(screen.getByText(sentence)).toBeTruthy();
  });

  it('announces errors as an alert with the given message', () => {
    render(<StatusMessage status={{ kind: 'error', message: 'Timed out after 5 s' }} t={tAr} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('حدث خطأ ما.');
    expect(screen.getByText('Timed out after 5 s').getAttribute('dir')).toBe('auto');
  });
});
