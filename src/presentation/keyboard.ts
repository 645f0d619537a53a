import type { UiStringKey } from '../i18n/ui-strings.ts';

/**
 * The presentation's keyboard, as one table (after reveal.js `controllers/keyboard.js`): the key
 * handler looks actions up in it, and the `?` help overlay is drawn from it, so the two never drift.
 */

/** Everything a key can ask the slides to do. */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'digit' | 'jump' | 'fullscreen' | 'blackout' | 'escape' | 'help' | 'speaker' | 'prompt';

/** One row of the table: the keys (KeyboardEvent.key, `Shift+` for a shifted non-printing key), the action, the help text. */
export interface KeyBinding {
  /** Key combos, e.g. 'ArrowRight', ' ', 'Shift+ ', 'b'. Letters are lower case and match either case. */
  keys: readonly string[];
  action: DeckAction;
  /** The help overlay's description of the row. */
  description: UiStringKey;
  /** How the help overlay writes the keys, when not one label per key (e.g. the digits). */
  label?: UiStringKey;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** The table. Presentation clickers send PageDown/PageUp (some send arrows); `.` is the clicker's blackout button. */
export const KEY_TABLE: readonly KeyBinding[] = [
  { keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown'], action: 'next', description: 'present.help.next' },
  { keys: ['ArrowLeft', 'ArrowUp', 'Shift+ ', 'PageUp'], action: 'prev', description: 'present.help.prev' },
  { keys: ['Home'], action: 'first', description: 'present.help.first' },
  { keys: ['End'], action: 'last', description: 'present.help.last' },
  { keys: DIGITS, action: 'digit', description: 'present.help.digit', label: 'present.key.digits' },
  { keys: ['Enter'], action: 'jump', description: 'present.help.jump' },
  { keys: ['f'], action: 'fullscreen', description: 'present.help.fullscreen' },
  { keys: ['b', '.'], action: 'blackout', description: 'present.help.blackout' },
  { keys: ['w'], action: 'prompt', description: 'present.help.prompt' },
  { keys: ['s'], action: 'speaker', description: 'present.help.speaker' },
  { keys: ['?'], action: 'help', description: 'present.help.help' },
  { keys: ['Escape'], action: 'escape', description: 'present.help.escape' },
];

/** The parts of a KeyboardEvent the table reads. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * Returns the table's name for a key press: the key (letters lower-cased), with `Shift+` only for
 * keys whose character does not already carry the shift (Space, arrows, Page keys); null for presses
 * with Ctrl, Alt or Meta, which belong to the browser.
 */
export function comboOf(press: KeyPress): string | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const printable = press.key.length === 1 && press.key !== ' ';
  return press.shiftKey && !printable ? `Shift+${key}` : key;
}

/** Returns the binding a key press triggers, or null. */
export function bindingFor(press: KeyPress, table: readonly KeyBinding[] = KEY_TABLE): KeyBinding | null {
  const combo = comboOf(press);
  if (combo === null) return null;
  return table.find((b) => b.keys.includes(combo)) ?? null;
}

/** What a focused element leaves to the slides: everything, everything but Enter and Space (a button's own keys), or nothing (a form field). */
export type FocusKind = 'none' | 'control' | 'field';

/** Returns how the focused element shares the keyboard, from its tag, type and contenteditable. */
export function focusKind(el: { tagName: string; type?: string; isContentEditable?: boolean } | null): FocusKind {
  if (!el) return 'none';
  const tag = el.tagName.toLowerCase();
  if (el.isContentEditable || tag === 'textarea' || tag === 'select') return 'field';
  if (tag === 'input') return ['button', 'submit', 'reset', 'checkbox', 'radio'].includes(el.type ?? 'text') ? 'control' : 'field';
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
  return 'none';
}

/** Returns true when the slides should act on a key given what has focus. */
export function keyAllowed(combo: string, focus: FocusKind): boolean {
  if (focus === 'field') return false;
  if (focus === 'control') return combo !== 'Enter' && combo !== ' ' && combo !== 'Shift+ ';
  return true;
}

/** Named keys, written in the reader's language by the help overlay. */
const KEY_NAMES: Readonly<Record<string, UiStringKey>> = {
  ' ': 'present.key.space',
  'Shift+ ': 'present.key.shift-space',
  PageUp: 'present.key.page-up',
  PageDown: 'present.key.page-down',
  Home: 'present.key.home',
  End: 'present.key.end',
  Enter: 'present.key.enter',
  Escape: 'present.key.escape',
};
/** Keys written as the symbol printed on them. */
const KEY_SYMBOLS: Readonly<Record<string, string>> = { ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓' };

/** Returns how the help overlay writes a key: arrows as arrows, named keys translated, letters in capitals. */
export function keyLabel(combo: string, translate: (key: UiStringKey) => string): string {
  const named = KEY_NAMES[combo];
  if (named) return translate(named);
  return KEY_SYMBOLS[combo] ?? (combo.length === 1 ? combo.toUpperCase() : combo);
}

/** Returns the labels of one table row: its own label when it has one (the digits), else one per key. */
export function bindingLabels(binding: KeyBinding, translate: (key: UiStringKey) => string): string[] {
  return binding.label ? [translate(binding.label)] : binding.keys.map((k) => keyLabel(k, translate));
}

/** The longest slide number typed before Enter (three digits: up to 999 slides). */
const MAX_DIGITS = 3;

/** Returns the digits typed so far after one more digit (the oldest dropped beyond three). */
export function pushDigit(buffer: string, digit: string): string {
  return /^\d$/.test(digit) ? (buffer + digit).slice(-MAX_DIGITS) : buffer;
}

/** Returns the 0-based slide index a typed slide number (1-based) asks for, or null when it is empty or out of range. */
export function parseSlideNumber(buffer: string, total: number): number | null {
  if (!/^\d{1,3}$/.test(buffer)) return null;
  const n = Number(buffer);
  return n >= 1 && n <= total ? n - 1 : null;
}
