// The document page's side panels: the legend of layers and values (toggles), the details of the annotations
// under the pointer, and the document's metadata.
import { clear, el } from './dom.js';
import { colorOf } from './document-model.js';

const KIND_ORDER = ['entity', 'quote', 'artefact', 'boilerplate', 'language', 'generic', 'structure'];

export function legend(model, changed) {
  const order = model.types.map((t, i) => i)
    .sort((x, y) => KIND_ORDER.indexOf(model.types[x].kind) - KIND_ORDER.indexOf(model.types[y].kind));
  const toggle = (key) => (event) => {
    if (event.target.checked) model.hidden.delete(key); else model.hidden.add(key);
    changed();
  };
  return el('section', { id: 'legend', class: 'legend' }, el('h3', {}, 'Layers'), el('ul', {}, order.map((i) => {
    const type = model.types[i];
    return el('li', { dataset: { type: type.name } },
      el('label', { title: type.name },
        el('input', { type: 'checkbox', class: 'layer-toggle', ...(type.hidden ? {} : { checked: '' }),
          onchange: toggle(String(i)) }),
        el('span', { class: 'swatch', style: { backgroundColor: type.color } }),
        type.label, el('span', { class: 'count' }, type.count.toLocaleString('en'))),
      type.values ? el('ul', { class: 'values' }, type.values.map((v) => el('li', { dataset: { value: v.value } },
        el('label', {},
          el('input', { type: 'checkbox', class: 'value-toggle', checked: '', onchange: toggle(i + '=' + v.value) }),
          el('span', { class: 'swatch', style: { backgroundColor: v.color } }),
          v.value, el('span', { class: 'count' }, v.count.toLocaleString('en')))))) : null);
  })));
}

export function showDetails(container, model, indices) {
  clear(container);
  for (const i of indices) {
    const a = model.ann[i];
    const type = model.types[a.t];
    const rows = Object.entries(a.f).map(([name, value]) => el('tr', {}, el('th', {}, name),
      el('td', {}, describe(model, value))));
    container.append(el('div', { class: 'annotation-details', dataset: { a: String(i) } },
      el('div', { class: 'details-head' }, el('span', { class: 'swatch', style: { backgroundColor: colorOf(model, a) } }),
        el('strong', { title: type.name }, type.label), ` ${a.b}–${a.e}`),
      model.review ? el('p', { class: 'provenance' }, provenance(model.review.status.get(i))) : null,
      el('blockquote', {}, model.doc.text.slice(a.b, Math.min(a.e, a.b + 300))),
      rows.length ? el('table', { class: 'features' }, rows) : null));
  }
}

/** Who reviewed an annotation, when, and what they made of it. */
function provenance(status) {
  if (!status) return 'not reviewed yet (a prediction)';
  return `${status.status} by ${status.reviewer} at ${String(status.time).replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')}`;
}

function describe(model, value) {
  if (Array.isArray(value)) return value.map((v) => describe(model, v)).join(', ');
  if (value && typeof value === 'object') {
    if (Number.isInteger(value.ref)) {
      const target = model.ann[value.ref];
      return `“${model.doc.text.slice(target.b, target.e)}” (${model.types[target.t].label} ${target.b}–${target.e})`;
    }
    if (value.begin !== undefined && value.view === model.doc.view) {
      return `“${model.doc.text.slice(value.begin, value.end)}” (${value.type.split('.').pop()} ${value.begin}–${value.end})`;
    }
    return value.type + (value.begin !== undefined ? ` ${value.begin}–${value.end} in ${value.view}` : '');
  }
  return String(value);
}

export function metadataPanel(doc) {
  if (!doc.metadata.length) return null;
  return el('details', { class: 'metadata' }, el('summary', {}, 'Document metadata'), doc.metadata.map((m) =>
    el('table', { class: 'features' }, el('caption', {}, m.type.split('.').pop()),
      Object.entries(m.features).map(([name, value]) => el('tr', {}, el('th', {}, name),
        el('td', {}, typeof value === 'object' ? JSON.stringify(value) : String(value)))))));
}
