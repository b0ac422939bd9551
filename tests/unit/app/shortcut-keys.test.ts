// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/lib/typing-target';
import {
  resolveKeyPress,
  SEQUENCE_WINDOW_MS,
  type KeyPress,
} from '../../../src/app/shortcuts/shortcut-keys';
import { matchPaletteActions } from '../../../src/app/shortcuts/palette-items';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  at: 1_000,
  ...extra,
});

describe('resolveKeyPress', () => {
  it('runs the single keys', () => {
    expect(resolveKeyPress(press('/'), null).action).toBe('focus-search');
    expect(resolveKeyPress(press('n'), null).action).toBe('new-lead');
    expect(resolveKeyPress(press('?'), null).action).toBe('show-help');
    expect(resolveKeyPress(press('x'), null)).toEqual({ action: null, pending: null });
  });

  it('goes somewhere on g then a letter, only within the window', () => {
    const afterG = resolveKeyPress(press('g'), null);
    expect(afterG).toEqual({ action: null, pending: { at: 1_000 } });
    const go = (key: string, at: number) => resolveKeyPress(press(key, { at }), afterG.pending);
    expect(go('l', 1_500).action).toBe('go-leads');
    expect(go('c', 1_500).action).toBe('go-calendar');
    expect(go('o', 1_500).action).toBe('go-overview');
    expect(go('a', 1_000 + SEQUENCE_WINDOW_MS).action).toBe('go-appointments');
    expect(go('l', 1_001 + SEQUENCE_WINDOW_MS).action).toBeNull();
    expect(resolveKeyPress(press('l'), null).action).toBeNull();
  });

  it('opens the palette on Ctrl+K or Cmd+K, even while typing', () => {
    expect(resolveKeyPress(press('k', { ctrlKey: true }), null).action).toBe('open-palette');
    expect(resolveKeyPress(press('K', { metaKey: true, typing: true }), null).action).toBe(
      'open-palette',
    );
  });

  it('leaves every other key alone while typing or with a modifier', () => {
    expect(resolveKeyPress(press('n', { typing: true }), null).action).toBeNull();
    expect(resolveKeyPress(press('/', { typing: true }), null).action).toBeNull();
    expect(resolveKeyPress(press('n', { ctrlKey: true }), null).action).toBeNull();
    expect(resolveKeyPress(press('l', { typing: true }), { at: 1_000 }).action).toBeNull();
  });
});

describe('isTypingTarget', () => {
  const element = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild;
  };

  it('knows fields from buttons', () => {
    expect(isTypingTarget(element('<input type="text">'))).toBe(true);
    expect(isTypingTarget(element('<input type="search">'))).toBe(true);
    expect(isTypingTarget(element('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(element('<div role="combobox"></div>'))).toBe(true);
    expect(isTypingTarget(element('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(element('<button>Go</button>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('matchPaletteActions', () => {
  it('finds actions by every word typed, in any order', () => {
    expect(matchPaletteActions('calendar go').map((a) => a.label)).toEqual(['Go to calendar']);
    expect(matchPaletteActions('NEW').map((a) => a.action)).toEqual(['new-lead']);
    expect(matchPaletteActions('').length).toBeGreaterThan(4);
  });
});
