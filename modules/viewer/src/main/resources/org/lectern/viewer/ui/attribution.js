// A quote's attribution as written (issue 20): its source ("she", "the spokesman") and cue ("said", "told
// reporters"), named in the "Who said what" panel and underlined in the text while the quote is lit. The spans
// need not be annotations of their own (a cue usually is not), so they are drawn as CSS highlights over the text.

import { el } from './dom.js';

const ROLES = ['source', 'cue'];

/** The quote's source and cue spans in this view ({b, e, text}), each null when absent. */
export function attributionOf(model, a) {
  const spans = {};
  for (const role of ROLES) spans[role] = spanOf(model, a.f[role]);
  return spans;
}

function spanOf(model, value) {
  if (!value || typeof value !== 'object') return null;
  let span = null;
  if (Number.isInteger(value.ref)) {
    const target = model.ann[value.ref];
    span = target ? { b: target.b, e: target.e } : null;
  } else if (Number.isInteger(value.begin) && value.view === model.doc.view) {
    span = { b: value.begin, e: value.end };
  }
  return span && { ...span, text: model.doc.text.slice(span.b, span.e) };
}

/** "— she said" under a quote of the panel (source and cue as written), or null for a quote without them. */
export function attributionLine(spans) {
  if (!spans.source && !spans.cue) return null;
  return el('span', { class: 'attribution' }, '— ',
    ROLES.filter((role) => spans[role]).map((role) =>
      el('span', { class: 'attribution-' + role, title: role }, spans[role].text + ' ')));
}

/** Whether an annotation carries an attribution as written (a quote of the quotes annotator). */
export function hasAttribution(a) {
  return ROLES.some((role) => a.f[role]);
}

/** Underlines (on) or clears the source and cue of quote {@code a} in the drawn text of {@code pane}. */
export function underlineAttribution(pane, model, a, on) {
  if (!globalThis.CSS || !CSS.highlights || (on && !hasAttribution(a))) return;
  const spans = attributionOf(model, a);
  for (const role of ROLES) {
    const name = 'lectern-' + role;
    const range = on && spans[role] ? rangeOf(pane, spans[role]) : null;
    if (range) CSS.highlights.set(name, new Highlight(range));
    else CSS.highlights.delete(name);
  }
}

/** A DOM range over text offsets b–e, from the drawn segments (each .seg holds one text node at data-b). */
function rangeOf(pane, span) {
  let start = null;
  let end = null;
  for (const seg of pane.querySelectorAll('.seg')) {
    const b = Number(seg.dataset.b);
    const node = seg.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const e = b + node.length;
    if (!start && span.b >= b && span.b < e) start = [node, span.b - b];
    if (span.e > b && span.e <= e) { end = [node, span.e - b]; break; }
  }
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}
