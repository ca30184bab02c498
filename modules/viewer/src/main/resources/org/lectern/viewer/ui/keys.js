// The reviewing keys: fixed (the same in every document and session), listed by '?'. Each key names an action of
// the review controller; keys typed into a field of the page belong to the field.
import { el } from './dom.js';

/** [keys as shown, what they do, action name, matcher]. */
export const KEYS = [
  ['j / ↓', 'next unreviewed prediction', 'next', (e) => plain(e) && (e.key === 'j' || e.key === 'ArrowDown')],
  ['k / ↑', 'previous unreviewed prediction', 'previous', (e) => plain(e) && (e.key === 'k' || e.key === 'ArrowUp')],
  ['a', 'accept, then next', 'accept', (e) => plain(e) && e.key === 'a'],
  ['x', 'reject, then next', 'reject', (e) => plain(e) && e.key === 'x'],
  ['e', 'edit boundaries: Shift+← / Shift+→ move the end by a token, Alt+Shift+← / → the start; Enter confirms, '
    + 'Esc cancels', 'edit', (e) => plain(e) && e.key === 'e'],
  ['1 – 9', 'change the label (PERSON, ORGANIZATION, LOCATION, MISC; boilerplate kinds; …)', 'label',
    (e) => plain(e) && /^[1-9]$/.test(e.key)],
  ['c', 'edit the canonical name / correction / value, with completion from the folder', 'field',
    (e) => plain(e) && e.key === 'c'],
  ['s', "set the quote's speaker: click a mention, or pick one from the list", 'speaker',
    (e) => plain(e) && e.key === 's'],
  ['n', 'add the selected text as a span of the current layer', 'add', (e) => plain(e) && e.key === 'n'],
  ['Delete', 'delete the current annotation', 'delete', (e) => plain(e) && e.key === 'Delete'],
  ['Ctrl+Z', 'undo', 'undo', (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z'],
  ['Ctrl+Shift+Z', 'redo', 'redo', (e) => ctrl(e) && e.shiftKey && e.key.toLowerCase() === 'z'],
  ['Ctrl+Enter', 'mark the document reviewed and open the next unreviewed one', 'done',
    (e) => ctrl(e) && e.key === 'Enter'],
  ['?', 'show or hide this list', 'help', (e) => e.key === '?' && !e.ctrlKey && !e.altKey],
  ['Esc', 'leave an edit, close this list', 'escape', (e) => e.key === 'Escape'],
];

/** Keys of the boundary edit ('e'): which end moves and which way. */
export function boundaryMove(event) {
  if (!event.shiftKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return null;
  return { start: event.altKey, direction: event.key === 'ArrowLeft' ? -1 : 1 };
}

/**
 * Calls {@code actions[name](event)} for the review keys pressed outside the page's fields; {@code intercept(event)}
 * sees each key first (true: taken), {@code handled()} last.
 */
export function listenForKeys(actions) {
  const listener = (event) => {
    if (event.target.closest && event.target.closest('input, select, textarea, [contenteditable]')) return;
    const key = KEYS.find(([, , , matches]) => matches(event));
    if (actions.intercept(event)) event.preventDefault();
    else if (key && actions[key[2]]) {
      event.preventDefault();
      actions[key[2]](event);
    }
    actions.handled();
  };
  window.addEventListener('keydown', listener);
  return () => window.removeEventListener('keydown', listener);
}

/** The '?' list of keys. */
export function keyList() {
  return el('div', { id: 'key-help', class: 'key-help', role: 'dialog', 'aria-label': 'Reviewing keys' },
    el('h3', {}, 'Reviewing keys'),
    el('table', { class: 'features' }, KEYS.map(([keys, what]) => el('tr', {}, el('th', {}, el('kbd', {}, keys)),
      el('td', {}, what)))));
}

function plain(event) {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

function ctrl(event) {
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}
