// The document view. The text is cut into blocks of a few thousand characters at line ends; a block is drawn
// only when it comes near the visible part of the page and dropped again when far from it, so a document of
// megabytes with a hundred thousand annotations opens as fast as a short one.
import { clear, documentRoute, documentUrl, el } from './dom.js';
import { hasAttribution, underlineAttribution } from './attribution.js';
import { quotesPanel } from './quotes-panel.js';
import { startReview } from './review.js';

const BLOCK_CHARS = 3000;
const KIND_ORDER = ['entity', 'quote', 'artefact', 'boilerplate', 'language', 'generic', 'structure'];
/** Kinds drawn as a background (the innermost span) or an underline (spans around it). */
const MARK_KINDS = new Set(['entity', 'generic', 'structure']);

export async function showDocument(main, id, query) {
  const viewName = query.get('view') || '_InitialView';
  const stream = await openDocument(documentUrl(id, viewName === '_InitialView' ? null : viewName));
  const doc = stream.head;
  performance.mark('lectern:loaded');
  const model = buildModel(doc);
  const hit = query.has('b') ? { b: Number(query.get('b')), e: Number(query.get('e') || query.get('b')) } : null;
  const page = layOutPage(main, id, model, () => view.redrawAll());
  const view = new BlockView(page.textPane, model, hit);
  performance.mark('lectern:laid-out');
  view.observe();
  followPointer(page, model, view);
  let disposed = false;
  let review = null;
  receiveAnnotations(stream, model, view, page.quotesSlot, () => disposed)
    .then(() => (disposed ? null : startReview({ id, model, view, page })))
    .then((started) => {
      review = started;
      if (review && !disposed) document.body.dataset.review = 'on';
    })
    .catch((error) => page.textPane.prepend(el('p', { class: 'error-message', role: 'alert' }, String(error.message))));
  return { dispose: () => {
    disposed = true;
    if (review) review.dispose();
    delete document.body.dataset.review;
    view.disconnect();
    delete document.body.dataset.painted;
    delete document.body.dataset.loaded;
  } };
}

/** The page's frame: heading with the view switch, the text pane, and the side panels. */
function layOutPage(main, id, model, layersChanged) {
  const doc = model.doc;
  const textPane = el('div', { id: 'text', class: 'text-pane', tabindex: '0' });
  const details = el('div', { id: 'details', class: 'details' },
    el('p', { class: 'status' }, 'Hover a highlighted span to see its features; click to keep them.'));
  const quotesSlot = el('div', { id: 'quotes-slot' });
  const reviewSlot = el('div', { id: 'review-slot' });
  const progressSlot = el('div', { class: 'review-head' });
  const layers = legend(model, layersChanged);
  const side = el('aside', { class: 'side' },
    reviewSlot, layers, quotesSlot,
    el('section', {}, el('h3', {}, 'Details'), details),
    metadataPanel(doc));
  main.append(el('section', { class: 'doc-page' },
    el('div', { class: 'doc-head' },
      el('a', { href: '#/', class: 'back' }, '← all documents'),
      el('h2', { id: 'doc-title' }, id),
      doc.language ? el('span', { class: 'lang-badge' }, doc.language) : null,
      progressSlot,
      viewSwitch(id, doc)),
    el('div', { class: 'doc-body' }, textPane, side)));
  return { textPane, details, quotesSlot, reviewSlot, progressSlot, legend: layers };
}

function viewSwitch(id, doc) {
  if (doc.views.length <= 1) return null;
  return el('div', { class: 'views', role: 'group', 'aria-label': 'Text view' },
    doc.views.map((v) => el('a', { class: v === doc.view ? 'view-switch current' : 'view-switch',
      id: 'view-' + v, href: documentRoute(id, v === '_InitialView' ? {} : { view: v }) },
    v === '_InitialView' ? 'Original' : v === 'cleaned' ? 'Cleaned' : v)));
}

/** Hover shows an annotation's features and lights what a quote refers to; click keeps the details. */
function followPointer(page, model, view) {
  let hovered = [];
  let pinned = false;
  page.textPane.addEventListener('mouseover', (event) => {
    const seg = event.target.closest('[data-a]');
    const indices = seg ? seg.dataset.a.split(' ').map(Number) : [];
    hovered.forEach((i) => view.light(i, false));
    hovered = indices.filter((i) => references(model.ann[i]).length || hasAttribution(model.ann[i]));
    hovered.forEach((i) => view.light(i, true));
    if (seg && !pinned) showDetails(page.details, model, indices);
  });
  page.textPane.addEventListener('mouseleave', () => { hovered.forEach((i) => view.light(i, false)); hovered = []; });
  page.textPane.addEventListener('click', (event) => {
    const seg = event.target.closest('[data-a]');
    pinned = Boolean(seg);
    if (seg) showDetails(page.details, model, seg.dataset.a.split(' ').map(Number));
  });
}

/** Adds the annotations to the view batch by batch as they arrive, then the quotes panel. */
async function receiveAnnotations(stream, model, view, quotesSlot, disposed) {
  for await (const batch of stream.annotations) {
    if (disposed()) return;
    view.add(batch.map((line) => new Annotation(line)));
    await yieldToBrowser(); // lets the page paint and react between batches
  }
  view.finish();
  // review changes speakers: the panel is made again then
  model.refreshQuotes = () => {
    const quotes = quotesPanel(model, (i) => view.light(i, true), (i) => view.light(i, false),
      (i) => view.jumpTo(model.ann[i].b, model.ann[i].e));
    clear(quotesSlot);
    if (quotes) quotesSlot.append(quotes);
  };
  model.refreshQuotes();
  document.body.dataset.loaded = 'true';
}

/**
 * The text pane's blocks, and the annotations touching each as they arrive; a block is drawn once every
 * annotation that can touch it has arrived (they come in begin order) and it is near the visible part of the pane.
 */
class BlockView {
  constructor(pane, model, hit) {
    this.pane = pane;
    this.model = model;
    this.hit = hit;
    this.hitShown = false;
    this.blocks = cutBlocks(model.doc.text);
    this.starts = this.blocks.map((b) => b.start);
    this.buckets = this.blocks.map(() => []);
    this.arrivedUntil = -1; // every annotation beginning before this offset has arrived
    this.complete = false;
    this.elementsOf = new Map(); // annotation index -> Set of drawn elements
    this.filed = 0; // annotations model.ann[0 .. filed) are in the buckets
    this.current = null; // the annotation the reviewer is on
    this.lit = new Set();
    this.drawn = new Set();
    this.wanted = new Set();
    const estimate = lineEstimator(pane);
    this.elements = this.blocks.map((block, k) => {
      const element = el('div', { class: 'block', dataset: { k: String(k) } });
      element.style.minHeight = estimate(model.doc.text.slice(block.start, block.end)) + 'px';
      pane.append(element);
      return element;
    });
  }

  ready(k) {
    return this.complete || this.arrivedUntil >= this.blocks[k].end;
  }

  /** Draws blocks coming near the visible part and drops those far from it; starts with the ones in view. */
  observe() {
    this.near = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const k = Number(entry.target.dataset.k);
        if (entry.isIntersecting) { this.wanted.add(k); if (this.ready(k)) this.draw(k); } else this.wanted.delete(k);
      }
    }, { root: this.pane, rootMargin: '1200px 0px' });
    this.far = new IntersectionObserver((entries) => {
      for (const entry of entries) if (!entry.isIntersecting) this.undraw(Number(entry.target.dataset.k));
    }, { root: this.pane, rootMargin: '8000px 0px' });
    this.elements.forEach((b) => { this.near.observe(b); this.far.observe(b); });
    const first = this.hit ? blockOf(this.starts, this.hit.b) : 0;
    if (this.hit) this.elements[first].scrollIntoView({ block: 'start' });
    // the blocks in view now, without waiting for the observer's first report (which comes with a frame)
    const top = this.pane.scrollTop;
    for (let k = first; k < this.blocks.length; k++) {
      if (this.elements[k].offsetTop - this.pane.offsetTop > top + this.pane.clientHeight) break;
      this.wanted.add(k);
    }
  }

  disconnect() {
    this.near.disconnect();
    this.far.disconnect();
  }

  /** Files a batch of annotations under the blocks they touch and draws the wanted blocks now ready. */
  add(annotations) {
    const { model, blocks, starts } = this;
    for (const a of annotations) model.ann.push(a);
    this.fileNew();
    if (annotations.length) this.arrivedUntil = model.ann[model.ann.length - 1].b;
    for (const k of this.wanted) if (this.ready(k)) this.draw(k);
    if (this.hit && !this.hitShown && this.ready(blockOf(starts, this.hit.b))) this.showHit();
  }

  /** Files the annotations added to the model since the last call under the blocks they touch. */
  fileNew() {
    for (; this.filed < this.model.ann.length; this.filed++) this.file(this.filed, 1);
  }

  /** Files annotation {@code i} under (1) or takes it out of (-1) the blocks of its span. */
  file(i, direction) {
    const a = this.model.ann[i];
    if (a.e <= a.b) return;
    for (const k of this.blocksOf(a.b, a.e)) {
      if (direction > 0) this.buckets[k].push(i);
      else this.buckets[k].splice(this.buckets[k].indexOf(i), 1);
    }
  }

  blocksOf(b, e) {
    const ks = [];
    for (let k = blockOf(this.starts, b); k < this.blocks.length && this.blocks[k].start < Math.max(e, b + 1); k++) {
      ks.push(k);
    }
    return ks;
  }

  /** Whether annotation {@code i} is drawn under the legend's choices and the review. */
  shown(i) {
    return visible(this.model, i);
  }

  /**
   * Redraws what review changed: the drawn blocks touched by each annotation's span before and after (an
   * accept or reject redraws the block or two it is in, never the whole text). Returns the number redrawn.
   */
  repaint(touched) {
    const affected = new Set();
    for (const [i, before] of touched) {
      const a = this.model.ann[i];
      if (i < this.filed && (before.b !== a.b || before.e !== a.e)) {
        const now = { b: a.b, e: a.e };
        Object.assign(a, before);
        this.file(i, -1);
        Object.assign(a, now);
        this.file(i, 1);
      }
      this.blocksOf(before.b, before.e).forEach((k) => affected.add(k));
      this.blocksOf(a.b, a.e).forEach((k) => affected.add(k));
    }
    this.fileNew();
    let redrawn = 0;
    for (const k of affected) {
      if (!this.drawn.has(k)) continue;
      this.forget(k);
      this.draw(k);
      redrawn++;
    }
    return redrawn;
  }

  /** Marks the reviewer's current annotation and (unless {@code scroll} is false) scrolls it into view. */
  setCurrent(i, scroll = true) {
    for (const e of this.elementsOf.get(this.current) || []) e.classList.remove('current');
    this.current = i;
    const a = this.model.ann[i];
    this.draw(blockOf(this.starts, a.b));
    const elements = [...(this.elementsOf.get(i) || [])];
    elements.forEach((e) => e.classList.add('current'));
    if (scroll && elements.length) elements[0].scrollIntoView({ block: 'nearest' });
    this.pane.dataset.current = String(i);
  }

  /** Outlines a span (the boundaries being edited), or nothing. */
  mark(span) {
    const ks = new Set([...(this.hit ? this.blocksOf(this.hit.b, this.hit.e) : []),
      ...(span ? this.blocksOf(span.b, span.e) : [])]);
    this.hit = span;
    for (const k of ks) if (this.drawn.has(k)) { this.forget(k); this.draw(k); }
  }

  /** The text offsets of the page's selection in the text pane, without surrounding white space; or null. */
  selectedSpan() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    let b = textOffset(range.startContainer, range.startOffset);
    let e = textOffset(range.endContainer, range.endOffset);
    if (b === null || e === null) return null;
    const text = this.model.doc.text;
    while (b < e && /\s/.test(text[b])) b++;
    while (e > b && /\s/.test(text[e - 1])) e--;
    return e > b ? { b, e } : null;
  }

  /** Every annotation has arrived. */
  finish() {
    this.complete = true;
    for (const k of this.wanted) this.draw(k);
    if (!this.drawn.size) markPainted();
    if (this.hit && !this.hitShown) this.showHit();
  }

  showHit() {
    this.hitShown = true;
    this.jumpTo(this.hit.b, this.hit.e);
  }

  draw(k) {
    if (this.drawn.has(k)) return;
    this.drawn.add(k);
    const element = this.elements[k];
    const height = element.offsetHeight;
    clear(element).append(...segments(this.model, this.model.doc.text, this.blocks[k], this.buckets[k], this.hit,
      this.elementsOf));
    element.style.minHeight = '';
    element.dataset.estimated = String(height);
    for (const i of this.lit) for (const e of this.elementsOf.get(i) || []) e.classList.add('lit');
    for (const e of this.elementsOf.get(this.current) || []) e.classList.add('current');
    markPainted();
  }

  forget(k) {
    for (const seg of this.elements[k].querySelectorAll('[data-a]')) {
      for (const i of seg.dataset.a.split(' ')) this.elementsOf.get(Number(i))?.delete(seg);
    }
    this.drawn.delete(k);
  }

  undraw(k) {
    if (!this.drawn.has(k)) return;
    const element = this.elements[k];
    element.style.minHeight = element.offsetHeight + 'px';
    this.forget(k);
    clear(element);
  }

  redrawAll() {
    for (const k of [...this.drawn]) { this.forget(k); this.draw(k); }
  }

  /** Lights a quote, its speaker mention, source and cue (or any annotation with what it refers to). */
  light(i, on) {
    underlineAttribution(this.pane, this.model, this.model.ann[i], on);
    for (const t of [i, ...references(this.model.ann[i])]) {
      if (on) this.lit.add(t); else this.lit.delete(t);
      for (const e of this.elementsOf.get(t) || []) e.classList.toggle('lit', on);
    }
  }

  /** Scrolls to offset {@code b} and flashes the segments from there to {@code e}. */
  jumpTo(b, e) {
    const k = blockOf(this.starts, b);
    this.elements[k].scrollIntoView({ block: 'start' });
    this.draw(k);
    const segs = [...this.elements[k].querySelectorAll('.seg')];
    const target = segs.filter((seg) => Number(seg.dataset.b) <= b).pop();
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    for (const seg of segs) {
      const sb = Number(seg.dataset.b);
      if (sb >= b && sb < Math.max(e, b + 1)) {
        seg.classList.add('flash');
        setTimeout(() => seg.classList.remove('flash'), 2500);
      }
    }
  }
}

function markPainted() {
  if (!document.body.dataset.painted) {
    requestAnimationFrame(() => { document.body.dataset.painted = String(performance.now()); });
  }
}

/** Resolves after the browser has had a turn (a message is faster than a zero timeout). */
function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Opens a document's JSON as a stream: its first line holds everything but the annotations (parsed at once),
 * then come the annotations, one per line, handed out in batches as they arrive.
 */
async function openDocument(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({ error: response.statusText }));
    throw new Error(body.error || response.statusText);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let parts = [];
  /** The complete lines received so far (not yet handed out), or null at the end. */
  async function nextLines() {
    while (true) {
      const chunk = await reader.read();
      if (chunk.done) break;
      const text = decoder.decode(chunk.value, { stream: true });
      const newline = text.lastIndexOf('\n');
      if (newline < 0) { parts.push(text); continue; }
      parts.push(text.slice(0, newline));
      const lines = parts.join('').split('\n');
      parts = [text.slice(newline + 1)];
      return lines;
    }
    const rest = parts.join('') + decoder.decode();
    parts = [];
    return rest ? rest.split('\n') : null;
  }
  const first = await nextLines();
  if (!first) throw new Error('the document is empty');
  const head = JSON.parse(first[0] + ']}');
  const pending = first.slice(1);
  async function* annotations() {
    let lines = pending;
    while (lines) {
      const items = lines.filter((l) => l && l !== ']}');
      if (items.length) yield items;
      lines = await nextLines();
    }
  }
  return { head, annotations: annotations() };
}

/**
 * One annotation from its line {@code [type,begin,end,{features}]}: the numbers are read at once, the features
 * parsed only when something asks for them (most annotations of a long document are never drawn).
 */
class Annotation {
  constructor(line) {
    const from = line.charCodeAt(0) === 44 ? 2 : 1; // a leading ',' separates it from the previous line
    const first = line.indexOf(',', from);
    const second = line.indexOf(',', first + 1);
    const third = line.indexOf(',', second + 1);
    this.t = Number(line.slice(from, first));
    this.b = Number(line.slice(first + 1, second));
    this.e = Number(line.slice(second + 1, third));
    this.raw = line.slice(third + 1, line.length - 1);
    this.parsed = null;
  }

  get f() {
    if (this.parsed === null) this.parsed = JSON.parse(this.raw);
    return this.parsed;
  }
}

function buildModel(doc) {
  const hidden = new Set();
  doc.types.forEach((t, i) => { if (t.hidden) hidden.add(String(i)); });
  const valueColors = doc.types.map((t) => new Map((t.values || []).map((v) => [v.value, v.color])));
  return { doc, types: doc.types, hidden, valueColors, ann: [] };
}

/** The offset in the text of a point in a drawn segment's text, or null outside the text's segments. */
function textOffset(node, offset) {
  const seg = node.nodeType === Node.TEXT_NODE ? node.parentElement.closest('.seg') : null;
  return seg ? Number(seg.dataset.b) + offset : null;
}

function visible(model, i) {
  const a = model.ann[i];
  const type = model.types[a.t];
  if (model.review && model.review.removed.has(i) && !model.review.struck.has(i)) return false;
  if (model.hidden.has(String(a.t))) return false;
  return !type.valueFeature || !model.hidden.has(a.t + '=' + a.f[type.valueFeature]);
}

/** Entity classes' colours (as the server's LayerStyle), for a class a reviewer gives that the document lacked. */
const ENTITY_VALUE_COLORS = { PERSON: '#9ecae1', ORGANIZATION: '#a1d99b', LOCATION: '#fdd0a2', MISC: '#dadaeb' };

function colorOf(model, a) {
  const type = model.types[a.t];
  if (!type.valueFeature && type.kind !== 'entity') return type.color;
  const value = a.f[type.valueFeature || 'value'];
  return model.valueColors[a.t].get(value) || (type.kind === 'entity' && ENTITY_VALUE_COLORS[value]) || type.color;
}

/** The annotation indices an annotation's features point at (a quote's speaker mention and speaker). */
function references(a) {
  const refs = [];
  for (const value of Object.values(a.f)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && Number.isInteger(value.ref)) refs.push(value.ref);
  }
  return refs;
}

/** Blocks of about BLOCK_CHARS characters, ending at a line end where one is near. */
function cutBlocks(text) {
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

function blockOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid; else high = mid - 1;
  }
  return low;
}

/** Estimated height of a block's text before it is drawn, from the pane's width and line height. */
function lineEstimator(pane) {
  const probe = el('span', { class: 'seg' }, 'x'.repeat(100));
  pane.append(probe);
  const charWidth = probe.getBoundingClientRect().width / 100 || 8;
  const lineHeight = probe.getBoundingClientRect().height * 1.05 || 28;
  probe.remove();
  const perLine = Math.max(20, Math.floor((pane.clientWidth - 48) / charWidth));
  return (text) => text.split('\n').reduce((h, line) => h + Math.max(1, Math.ceil(line.length / perLine)), 0)
    * lineHeight;
}

/** The drawn text of one block: one element per stretch covered by the same annotations. */
function segments(model, text, block, bucket, hit, elementsOf) {
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

function legend(model, changed) {
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

function showDetails(container, model, indices) {
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

function metadataPanel(doc) {
  if (!doc.metadata.length) return null;
  return el('details', { class: 'metadata' }, el('summary', {}, 'Document metadata'), doc.metadata.map((m) =>
    el('table', { class: 'features' }, el('caption', {}, m.type.split('.').pop()),
      Object.entries(m.features).map(([name, value]) => el('tr', {}, el('th', {}, name),
        el('td', {}, typeof value === 'object' ? JSON.stringify(value) : String(value)))))));
}
