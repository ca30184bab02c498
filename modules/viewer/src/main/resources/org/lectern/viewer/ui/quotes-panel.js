// The "Who said what" panel: the document's quotes grouped by speaker, each with its attribution as written.
import { attributionLine, attributionOf } from './attribution.js';
import { el } from './dom.js';

function speakerOf(model, a) {
  if (a.f.speakerName) return a.f.speakerName;
  const speaker = a.f.speaker && Number.isInteger(a.f.speaker.ref) ? model.ann[a.f.speaker.ref] : null;
  if (speaker) return speaker.f.identifier || model.doc.text.slice(speaker.b, speaker.e);
  return 'unknown speaker';
}

export function quotesPanel(model, enter, leave, open) {
  const groups = new Map();
  model.ann.forEach((a, i) => {
    if (model.types[a.t].kind !== 'quote') return;
    const speaker = speakerOf(model, a);
    if (!groups.has(speaker)) groups.set(speaker, []);
    groups.get(speaker).push(i);
  });
  if (!groups.size) return null;
  const sorted = [...groups.entries()].sort((x, y) => y[1].length - x[1].length);
  return el('section', { id: 'quotes', class: 'quotes' }, el('h3', {}, 'Who said what'), sorted.map(([speaker, list]) =>
    el('div', { class: 'speaker-group' },
      el('h4', {}, speaker, el('span', { class: 'count' }, String(list.length))),
      el('ul', {}, list.map((i) => {
        const a = model.ann[i];
        const quote = model.doc.text.slice(a.b, a.e);
        return el('li', { class: 'quote-item', dataset: { a: String(i) }, tabindex: '0',
          onmouseenter: () => enter(i), onmouseleave: () => leave(i), onclick: () => open(i) },
        quote.length > 140 ? quote.slice(0, 140) + '…' : quote, attributionLine(attributionOf(model, a)));
      })))));
}
