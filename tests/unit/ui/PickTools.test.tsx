import './setup/cleanup.ts';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PickTools, type HiddenBlock, type PickToolsProps } from '../../../src/ui/PickTools.tsx';
import { tAr, tEn } from './setup/fixtures.ts';

const BLOCKS: HiddenBlock[] = [
  { index: 0, kind: 'comments', label: 'Each tree gets a small metal tag' },
  { index: 1, kind: 'ads', label: 'Winter coats at half price' },
];

function setup(overrides: Partial<PickToolsProps> = {}) {
  const props: PickToolsProps = {
    t: tEn,
    onPick: vi.fn(),
    loadHidden: vi.fn(async () => BLOCKS),
    onPeek: vi.fn(),
    onKeep: vi.fn(async () => undefined),
    onManage: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<PickTools {...props} />) };
}

describe('PickTools', () => {
  it('starts the picker for a block to hide or for the article', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pick something to hide' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pick the article' }));
    expect(props.onPick).toHaveBeenNthCalledWith(1, 'hide');
    expect(props.onPick).toHaveBeenNthCalledWith(2, 'article');
  });

  it('leaves the pick buttons out without onPick (the full-tab reader)', () => {
    setup({ onPick: undefined });
    expect(screen.queryByRole('button', { name: 'Pick something to hide' })).toBeNull();
    expect(screen.getByRole('button', { name: 'What was hidden on this page' })).toBeTruthy();
  });

  it('lists the hidden blocks when opened, points at one while hovered or focused, and keeps it on request', async () => {
    const { props } = setup();
    const disclosure = screen.getByRole('button', { name: 'What was hidden on this page' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    const keepComments = await screen.findByRole('button', { name: 'Not a comment section on this site' });
    const keepAd = screen.getByRole('button', { name: 'Not an ad on this site' });
    expect(screen.getByText('Each tree gets a small metal tag')).toBeTruthy();
    expect(screen.getByText('Comment section')).toBeTruthy();
    expect(screen.getByText('Ad')).toBeTruthy();

    fireEvent.mouseEnter(keepAd.closest('li')!);
    expect(props.onPeek).toHaveBeenLastCalledWith(1);
    fireEvent.mouseLeave(keepAd.closest('li')!);
    expect(props.onPeek).toHaveBeenLastCalledWith(null);
    fireEvent.focus(keepComments);
    expect(props.onPeek).toHaveBeenLastCalledWith(0);

    fireEvent.click(keepComments);
    await waitFor(() => expect(props.onKeep).toHaveBeenCalledWith(BLOCKS[0]));
    await waitFor(() => expect(props.loadHidden).toHaveBeenCalledTimes(2));
  });

  it('says when nothing is hidden, and links to the options page', async () => {
    const { props } = setup({ loadHidden: vi.fn(async () => []) });
    fireEvent.click(screen.getByRole('button', { name: 'What was hidden on this page' }));
    expect(await screen.findByText('Nothing is hidden on this page.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Manage picks' }));
    expect(props.onManage).toHaveBeenCalled();
  });

  it('names everything in Arabic', async () => {
    setup({ t: tAr });
    expect(screen.getByRole('button', { name: 'اختر شيئًا لإخفائه' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ما أُخفي في هذه الصفحة' }));
    expect(await screen.findByRole('button', { name: 'ليس قسم تعليقات في هذا الموقع' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ليس إعلانًا في هذا الموقع' })).toBeTruthy();
  });
});
