import { describe, expect, it } from 'vitest';
import { t, UI_STRINGS } from '../../../src/i18n/ui-strings.ts';
import {
  bindingFor,
  bindingLabels,
  comboOf,
  focusKind,
  KEY_TABLE,
  keyAllowed,
  keyLabel,
  parseSlideNumber,
  pushDigit,
} from '../../../src/presentation/keyboard.ts';

const tr = (k: Parameters<typeof t>[0]) => t(k, 'en');

describe('the key table', () => {
  it('maps every key to exactly one action', () => {
    const keys = KEY_TABLE.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every action one row', () => {
    const actions = KEY_TABLE.map((b) => b.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('has the keys the brief asks for, each on its action', () => {
    const expected: Record<string, string> = {
      ArrowRight: 'next',
      ' ': 'next',
      PageDown: 'next',
      'Shift+ ': 'prev',
      ArrowLeft: 'prev',
      PageUp: 'prev',
      Home: 'first',
      End: 'last',
      Enter: 'jump',
      '7': 'digit',
      f: 'fullscreen',
      b: 'blackout',
      '.': 'blackout',
      Escape: 'escape',
      '?': 'help',
      s: 'speaker',
      w: 'prompt',
    };
    for (const [key, action] of Object.entries(expected)) expect(KEY_TABLE.find((b) => b.keys.includes(key))?.action, key).toBe(action);
  });

  it('has a description (and label) string for every row', () => {
    for (const b of KEY_TABLE) {
      expect(UI_STRINGS[b.description], b.action).toBeDefined();
      if (b.label) expect(UI_STRINGS[b.label], b.action).toBeDefined();
    }
  });

  it('gives the help overlay a label for every key of every row', () => {
    for (const b of KEY_TABLE) {
      const labels = bindingLabels(b, tr);
      expect(labels.length, b.action).toBe(b.label ? 1 : b.keys.length);
      for (const l of labels) expect(l.trim(), b.action).not.toBe('');
    }
  });
});

describe('reading a key press', () => {
  it('finds the binding of plain, shifted and upper-case keys', () => {
    expect(bindingFor({ key: 'ArrowRight' })?.action).toBe('next');
    expect(bindingFor({ key: ' ' })?.action).toBe('next');
    expect(bindingFor({ key: ' ', shiftKey: true })?.action).toBe('prev');
    expect(bindingFor({ key: 'B', shiftKey: true })?.action).toBe('blackout');
    expect(bindingFor({ key: '?', shiftKey: true })?.action).toBe('help');
    expect(bindingFor({ key: 'PageUp' })?.action).toBe('prev');
  });

  it('leaves presses with Ctrl, Alt or Meta to the browser', () => {
    expect(comboOf({ key: 'f', ctrlKey: true })).toBeNull();
    expect(bindingFor({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(bindingFor({ key: 's', metaKey: true })).toBeNull();
  });

  it('returns null for keys not in the table', () => {
    expect(bindingFor({ key: 'x' })).toBeNull();
    expect(bindingFor({ key: 'Tab' })).toBeNull();
  });
});

describe('focus', () => {
  it('gives a form field every key', () => {
    for (const el of [{ tagName: 'INPUT', type: 'text' }, { tagName: 'TEXTAREA' }, { tagName: 'SELECT' }, { tagName: 'DIV', isContentEditable: true }]) {
      expect(focusKind(el)).toBe('field');
      expect(keyAllowed('ArrowRight', 'field')).toBe(false);
    }
  });

  it('lets a button keep Enter and Space, and the slides take the rest', () => {
    expect(focusKind({ tagName: 'BUTTON' })).toBe('control');
    expect(focusKind({ tagName: 'INPUT', type: 'checkbox' })).toBe('control');
    expect(keyAllowed('Enter', 'control')).toBe(false);
    expect(keyAllowed(' ', 'control')).toBe(false);
    expect(keyAllowed('ArrowRight', 'control')).toBe(true);
    expect(keyAllowed('Escape', 'control')).toBe(true);
  });

  it('gives the slides every key when nothing in particular has focus', () => {
    expect(focusKind({ tagName: 'BODY' })).toBe('none');
    expect(focusKind(null)).toBe('none');
    expect(keyAllowed('Enter', 'none')).toBe(true);
  });
});

describe('key labels', () => {
  it('writes arrows as arrows, named keys in words, letters in capitals', () => {
    expect(keyLabel('ArrowRight', tr)).toBe('→');
    expect(keyLabel(' ', tr)).toBe('Space');
    expect(keyLabel('Shift+ ', tr)).toBe('Shift+Space');
    expect(keyLabel('PageDown', tr)).toBe('Page Down');
    expect(keyLabel('Escape', tr)).toBe('Esc');
    expect(keyLabel('b', tr)).toBe('B');
    expect(keyLabel('.', tr)).toBe('.');
  });
});

describe('a slide number, then Enter', () => {
  it('collects digits, keeping the last three', () => {
    expect(pushDigit('', '1')).toBe('1');
    expect(pushDigit('1', '2')).toBe('12');
    expect(pushDigit('123', '4')).toBe('234');
    expect(pushDigit('1', 'x')).toBe('1');
  });

  it('turns a 1-based number into a 0-based index', () => {
    expect(parseSlideNumber('1', 18)).toBe(0);
    expect(parseSlideNumber('12', 18)).toBe(11);
    expect(parseSlideNumber('18', 18)).toBe(17);
    expect(parseSlideNumber('007', 18)).toBe(6);
  });

  it('refuses nothing, zero and numbers past the last slide', () => {
    expect(parseSlideNumber('', 18)).toBeNull();
    expect(parseSlideNumber('0', 18)).toBeNull();
    expect(parseSlideNumber('19', 18)).toBeNull();
    expect(parseSlideNumber('1a', 18)).toBeNull();
  });
});
