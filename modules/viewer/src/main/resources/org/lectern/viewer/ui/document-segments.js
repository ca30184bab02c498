// A block's drawn text: one element per stretch covered by the same annotations, styled by their kinds, colours
// and review status, with language badges and artefacts' corrections inline.
import { el } from './dom.js';
import { colorOf, visible } from './document-model.js';

/** Kinds drawn as a background (the innermost span) or an underline (spans around it). */
const MARK_KINDS = new Set(['entity', 'generic', 'structure']);

/** The drawn text of one block: one element per stretch covered by the same annotations. */
export function segments(model, text, block, bucket, hit, elementsOf) {
  const shown = bucket.filter((i) => visible(model, i));
  const languageStarts = new Map();
  const cuts = new Set([block.start, block.end]);
  const spans = [];
  for (const i of shown) {
    const a = model.ann[i];
    const kind = model.types[a.t].kind;
    if (kind === 'language') {
      if (a.b >= block.start && a.b < block.end) languageStarts.set(a.b, i);
      cuts.add(Math.max(a.b, block.start));
      continue;
    }
    spans.push(i);
    cuts.add(Math.max(a.b, block.start));
    cuts.add(Math.min(a.e, block.end));
  }
  if (hit && hit.e > block.start && hit.b < block.end) {
    cuts.add(Math.max(hit.b, block.start));
    cuts.add(Math.min(hit.e, block.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  spans.sort((x, y) => model.ann[x].b - model.ann[y].b);
  const out = [];
  let active = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const s = points[p];
    const t = points[p + 1];
    if (languageStarts.has(s)) {
      const a = model.ann[languageStarts.get(s)];
      out.push(el('span', { class: 'lang-badge inline', title: 'language ' + a.f.language
        + (a.f.confidence !== undefined ? ', confidence ' + Number(a.f.confidence).toFixed(2) : ''),
      dataset: { a: String(languageStarts.get(s)) } }, a.f.language));
    }
    active = active.filter((i) => model.ann[i].e > s);
    while (next < spans.length && model.ann[spans[next]].b <= s) {
      if (model.ann[spans[next]].e > s) active.push(spans[next]);
      next++;
    }
    const segment = el('span', { class: 'seg', dataset: { b: String(s) } }, text.slice(s, t));
    style(model, segment, active);
    if (hit && s >= hit.b && s < Math.max(hit.e, hit.b + 1)) segment.classList.add('hit');
    if (active.length) {
      segment.dataset.a = active.join(' ');
      for (const i of active) {
        if (!elementsOf.has(i)) elementsOf.set(i, new Set());
        elementsOf.get(i).add(segment);
      }
    }
    out.push(segment);
    for (const i of active) {
      const a = model.ann[i];
      if (model.types[a.t].kind === 'artefact' && a.e === t && a.f.correction !== undefined) {
        out.push(el('span', { class: 'correction', title: 'correction' }, a.f.correction));
      }
    }
  }
  return out;
}

function style(model, segment, active) {
  if (!active.length) return;
  const byLength = [...active].sort((x, y) => (model.ann[y].e - model.ann[y].b) - (model.ann[x].e - model.ann[x].b));
  const marks = byLength.filter((i) => MARK_KINDS.has(model.types[model.ann[i].t].kind));
  const stripes = [];
  if (marks.length) {
    const innermost = marks[marks.length - 1];
    segment.style.backgroundColor = colorOf(model, model.ann[innermost]);
    segment.classList.add('mark');
    for (const i of marks.slice(0, -1)) stripes.push(colorOf(model, model.ann[i]));
  }
  for (const i of byLength) {
    const kind = model.types[model.ann[i].t].kind;
    if (kind === 'quote') { segment.classList.add('quote'); stripes.unshift(colorOf(model, model.ann[i])); }
    if (kind === 'artefact') segment.classList.add('artefact');
    if (kind === 'boilerplate') segment.classList.add('boilerplate');
  }
  if (stripes.length) {
    segment.style.boxShadow = stripes.map((c, n) => `inset 0 -${3 * (n + 1)}px 0 0 ${c}`).join(', ');
  }
  if (model.review) reviewLook(model, segment, byLength);
}

/** Review's look: dashed while unreviewed, solid once reviewed, marked when added, struck through when rejected. */
function reviewLook(model, segment, byLength) {
  const review = model.review;
  const reviewable = byLength.filter((i) => !['language', 'structure'].includes(model.types[model.ann[i].t].kind));
  if (reviewable.some((i) => review.struck.has(i))) segment.classList.add('rv-struck');
  const innermost = reviewable.filter((i) => !review.struck.has(i)).pop();
  if (innermost === undefined) return;
  const status = review.status.get(innermost);
  segment.classList.add(!status ? 'rv-open' : status.status === 'added' ? 'rv-added' : 'rv-done');
}
