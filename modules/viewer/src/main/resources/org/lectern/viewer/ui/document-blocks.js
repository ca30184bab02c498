// The text cut into blocks (about BLOCK_CHARS characters, at line ends), found by offset, and their height
// estimated before they are drawn.
import { el } from './dom.js';

const BLOCK_CHARS = 3000;

/** Blocks of about BLOCK_CHARS characters, ending at a line end where one is near. */
export function cutBlocks(text) {
  const blocks = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + BLOCK_CHARS);
    if (end < text.length) {
      const lineEnd = text.indexOf('\n', end);
      if (lineEnd !== -1 && lineEnd - start < 2 * BLOCK_CHARS) end = lineEnd + 1;
      else {
        const space = text.lastIndexOf(' ', end);
        if (space > start) end = space + 1;
      }
    }
    blocks.push({ start, end });
    start = end;
  }
  if (!blocks.length) blocks.push({ start: 0, end: 0 });
  return blocks;
}

export function blockOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid; else high = mid - 1;
  }
  return low;
}

/** Estimated height of a block's text before it is drawn, from the pane's width and line height. */
export function lineEstimator(pane) {
  const probe = el('span', { class: 'seg' }, 'x'.repeat(100));
  pane.append(probe);
  const charWidth = probe.getBoundingClientRect().width / 100 || 8;
  const lineHeight = probe.getBoundingClientRect().height * 1.05 || 28;
  probe.remove();
  const perLine = Math.max(20, Math.floor((pane.clientWidth - 48) / charWidth));
  return (text) => text.split('\n').reduce((h, line) => h + Math.max(1, Math.ceil(line.length / perLine)), 0)
    * lineHeight;
}
