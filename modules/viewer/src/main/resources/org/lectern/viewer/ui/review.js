// Review mode: on when the server takes writes (a token came with the address the server printed). The queue holds
// the predictions of the layers shown, in text order (or by confidence); the keys of keys.js act on its current
// one. Each action is applied in the page at once, repainting only the blocks it touches, and sent in the
// background (review-sync.js).
import { documentRoute, el, getJson } from './dom.js';
import { boundaryMove, keyList, listenForKeys } from './keys.js';
import { ReviewModel } from './review-model.js';
import { ReviewPanel } from './review-panel.js';
import { ReviewSync, loadReview, writeToken } from './review-sync.js';
import { labelFeature, labelsOf, tokenStep, valueFeatureOf } from './review-layers.js';

const COUNTED_KINDS = new Set(['entity', 'quote', 'artefact', 'boilerplate']);

/** Starts review mode on a loaded document; null when the server does not take writes. */
export async function startReview({ id, model, view, page }) {
  const token = await writeToken();
  const log = token ? await loadReview(id).catch(() => null) : null;
  if (!log) return null;
  const review = new ReviewModel(model);
  model.review = review;
  for (const entry of log.ops) {
    try { review.apply(entry, false); } catch (orphan) { /* listed by the server among the orphans */ }
  }
  review.version = log.version;
  review.state = log.state;
  view.redrawAll();
  return new ReviewController(id, model, view, page, review, token, log.orphans || []);
}

class ReviewController {
  constructor(id, model, view, page, review, token, orphans) {
    Object.assign(this, { id, model, view, review, page, current: null, pos: -1, mode: null, queue: null, queued: 0,
      ordering: 'text' });
    document.body.classList.add('reviewing');
    page.textPane.review = this; // for checks from the outside (tests, the console)
    this.panel = new ReviewPanel(page.reviewSlot, page.progressSlot, {
      bulkAccept: (choice) => this.bulkAccept(choice),
      confidenceAccept: (x) => this.confidenceAccept(x),
      order: (ordering) => { this.ordering = ordering; this.queue = null; this.pos = -1; this.move(1); },
      reapply: (orphan) => this.reapply(orphan),
      drop: (orphan) => this.act({ op: 'drop', seq: orphan.seq }, null),
    });
    this.sync = new ReviewSync(id, token, review, {
      applied: (touched) => this.repaint(touched),
      conflict: (notice) => this.panel.conflict(notice, () => this.retry(notice)),
      failed: (message) => this.panel.notify(message, { kind: 'error' }),
      orphans: (list) => this.panel.showOrphans(list),
      saved: () => {},
    });
    this.panel.showOrphans(orphans);
    this.help = null;
    this.stopKeys = listenForKeys(this.keyActions());
    page.legend.addEventListener('change', () => { this.queue = null; this.updateLayers(); });
    page.textPane.addEventListener('click', (event) => this.clicked(event));
    this.updateLayers();
    this.showProgress();
  }

  /** The document as review left it, for checks: each annotation's type, span, features and review status. */
  dump() {
    return this.model.ann.map((a, i) => ({ type: this.model.types[a.t].name, b: a.b, e: a.e,
      f: JSON.stringify(Object.entries(a.f).filter(([, v]) => typeof v !== 'object').sort()),
      ref: JSON.stringify(Object.entries(a.f).filter(([, v]) => v && typeof v === 'object' && 'ref' in v)
        .map(([k, v]) => [k, this.model.ann[v.ref].b, this.model.ann[v.ref].e]).sort()),
      status: this.review.status.get(i)?.status || null, kept: this.review.isKept(i) }))
      .filter((a) => a.kept || a.status)
      .map((a) => JSON.stringify(a)).sort();
  }

  dispose() {
    this.sync.dispose();
    this.stopKeys();
    document.body.classList.remove('reviewing');
  }

  keyActions() {
    return {
      intercept: (event) => this.mode === 'edit' && this.editKey(event),
      next: () => this.move(1),
      previous: () => this.move(-1),
      accept: () => this.decide('accept'),
      reject: () => this.decide('reject'),
      delete: () => this.withCurrent((i) => this.act({ op: 'delete' }, i)),
      edit: () => this.withCurrent((i) => this.startEdit(i)),
      label: (event) => this.withCurrent((i) => this.relabel(i, Number(event.key))),
      field: () => this.withCurrent((i) => this.editField(i)),
      speaker: () => this.withCurrent((i) => this.pickSpeaker(i)),
      add: () => this.addSelection(),
      undo: () => this.act({ op: 'undo' }, null),
      redo: () => this.act({ op: 'redo' }, null),
      done: () => this.markReviewed(),
      help: () => this.toggleHelp(),
      escape: () => this.escape(),
    };
  }

  /** The queue: predictions of the layers shown, in text order or by confidence (lowest first). */
  order() {
    if (this.queue) return this.queue;
    const indices = [];
    this.model.ann.forEach((a, i) => {
      if (this.view.shown(i) && this.model.types[a.t].kind !== 'language' && (this.review.isKept(i) || this.review.struck.has(i))) indices.push(i);
    });
    const ann = this.model.ann;
    const byText = (x, y) => ann[x].b - ann[y].b || ann[y].e - ann[x].e || x - y;
    const confidence = (i) => { const c = ann[i].f.confidence; return typeof c === 'number' ? c : Infinity; };
    indices.sort(this.ordering === 'confidence' ? (x, y) => confidence(x) - confidence(y) || byText(x, y) : byText);
    this.queue = indices;
    this.queued = ann.length;
    if (this.current !== null) this.pos = indices.indexOf(this.current);
    return indices;
  }

  /** To the next (1) or previous (-1) unreviewed prediction of the queue. */
  move(direction) {
    const queue = this.order();
    for (let p = this.pos + direction; p >= 0 && p < queue.length; p += direction) {
      if (!this.review.isReviewed(queue[p])) { this.select(queue[p], p); return; }
    }
    this.panel.notify(direction > 0 ? 'No unreviewed prediction after this one.' : 'None before this one.');
  }

  select(i, p = this.order().indexOf(i)) {
    this.current = i;
    this.pos = p;
    this.view.setCurrent(i);
  }

  withCurrent(action) {
    if (this.current === null) this.move(1);
    if (this.current !== null) action(this.current);
  }

  decide(op) {
    this.withCurrent((i) => {
      this.act({ op }, i);
      this.move(1);
    });
  }

  /** Applies and sends ops about annotation {@code target} (null: none); repaints what they touched. */
  act(ops, target) {
    return this.actEach([ops].flat().map((op) => [op, target]));
  }

  /** Applies and sends [op, target] pairs, each anchored at its target as it is by then; times the repaint. */
  actEach(pairs) {
    const started = performance.now();
    const touched = new Map();
    try {
      if (this.review.state === 'reviewed' && !pairs.some(([op]) => op.op === 'state')) {
        this.merge(touched, this.sync.submit({ op: 'state', state: 'reopened' }, null));
      }
      for (const [op, target] of pairs) {
        const anchored = target === null ? op : { ...op, ...this.review.anchorOf(target) };
        this.merge(touched, this.sync.submit(anchored, target));
      }
    } catch (error) {
      this.panel.notify(error.message, { kind: 'error' });
    }
    const blocks = this.repaint(touched);
    const synchronous = performance.now();
    requestAnimationFrame(() => setTimeout(() => performance.measure('lectern:review-repaint',
      { start: started, end: performance.now(), detail: { blocks, synchronous: synchronous - started } })));
    return touched;
  }

  merge(into, touched) {
    for (const [i, span] of touched) if (!into.has(i)) into.set(i, span);
  }

  repaint(touched) {
    if (!touched.size) return 0;
    if ([...touched.keys()].some((i) => i >= this.queued)) this.queue = null; // an added annotation
    const blocks = this.view.repaint(touched);
    if (this.current !== null) this.view.setCurrent(this.current, false);
    clearTimeout(this.progressTimer);
    this.progressTimer = setTimeout(() => this.showProgress()); // after the frame, not in it
    return blocks;
  }

  showProgress() {
    const counted = [];
    this.model.ann.forEach((a, i) => { if (COUNTED_KINDS.has(this.model.types[a.t].kind)) counted.push(i); });
    this.panel.showProgress(this.review.progress(counted), this.review.state);
  }

  updateLayers() {
    this.panel.setLayers(this.model.types.map((type, t) => ({ t, type }))
      .filter(({ t, type }) => type.kind !== 'structure' && !this.model.hidden.has(String(t))));
  }

  relabel(i, n) {
    const a = this.model.ann[i];
    const labels = labelsOf(this.model.types[a.t]);
    const feature = labelFeature(this.model.types[a.t]);
    if (!feature || n > labels.length) { this.panel.notify(`No label ${n} for ${this.model.types[a.t].label}.`); return; }
    this.act({ op: 'set', feature, value: labels[n - 1] }, i);
  }

  editField(i) {
    const type = this.model.types[this.model.ann[i].t];
    const feature = valueFeatureOf(type);
    if (!feature) { this.panel.notify(`${type.label} has no value to edit.`); return; }
    this.panel.editValue(feature, this.model.ann[i].f[feature], (value) =>
      this.act({ op: 'set', feature, value: value === '' ? null : value }, i));
  }

  pickSpeaker(i) {
    if (this.model.types[this.model.ann[i].t].kind !== 'quote') { this.panel.notify('s sets the speaker of a quote.'); return; }
    this.mode = 'speaker';
    const mentions = this.speakerMentions();
    this.panel.pickSpeaker(mentions, (m) => this.setSpeaker(i, m));
  }

  speakerMentions() {
    const text = this.model.doc.text;
    const mentions = [];
    this.model.ann.forEach((a, i) => {
      if (this.model.types[a.t].kind === 'entity' && this.review.isKept(i) && /PER|ORG/.test(a.f.value || '')) {
        mentions.push({ i, label: `${a.f.identifier || text.slice(a.b, a.e)} — “${text.slice(a.b, a.e)}” ${a.b}` });
      }
    });
    return mentions;
  }

  setSpeaker(quote, mention) {
    this.mode = null;
    const names = new Set((this.model.types[this.model.ann[quote].t].features || []).map((f) => f.name));
    const anchor = this.review.anchorOf(mention);
    const m = this.model.ann[mention];
    const ops = [];
    if (names.has('speaker')) ops.push({ op: 'set', feature: 'speaker', value: anchor });
    if (names.has('speakerMention')) ops.push({ op: 'set', feature: 'speakerMention', value: anchor });
    if (names.has('speakerName')) {
      ops.push({ op: 'set', feature: 'speakerName', value: m.f.identifier || this.model.doc.text.slice(m.b, m.e) });
    }
    this.act(ops, quote);
    this.select(quote);
  }

  clicked(event) {
    if (this.mode !== 'speaker') return;
    const seg = event.target.closest('[data-a]');
    const mention = seg && seg.dataset.a.split(' ').map(Number)
      .find((i) => this.model.types[this.model.ann[i].t].kind === 'entity');
    if (mention === undefined) return;
    this.panel.closeEditor();
    this.setSpeaker(this.current, mention);
  }

  startEdit(i) {
    this.mode = 'edit';
    this.editing = { i, b: this.model.ann[i].b, e: this.model.ann[i].e };
    this.previewEdit();
  }

  previewEdit() {
    const { b, e } = this.editing;
    this.view.mark({ b, e });
    this.panel.showBoundary(this.model.doc.text.slice(b, e));
  }

  /** Keys while editing boundaries: the arrows move an end by a token, Enter sends, Esc leaves. */
  editKey(event) {
    const move = boundaryMove(event);
    const edit = this.editing;
    const text = this.model.doc.text;
    if (move) {
      if (move.start) edit.b = Math.min(tokenStep(text, edit.b, move.direction, 'start'), edit.e - 1);
      else edit.e = Math.max(tokenStep(text, edit.e, move.direction, 'end'), edit.b + 1);
      this.previewEdit();
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Escape') {
      this.mode = null;
      this.view.mark(null);
      this.panel.closeEditor();
      const a = this.model.ann[edit.i];
      if (event.key === 'Enter') {
        const ops = [];
        if (edit.e !== a.e) ops.push({ op: 'set', feature: 'end', value: edit.e });
        if (edit.b !== a.b) ops.push({ op: 'set', feature: 'begin', value: edit.b });
        if (ops.length) this.act(ops, edit.i);
      }
      return true;
    }
    return false;
  }

  /** 'n': the selected text becomes a span of the current layer (entities when nothing is current). */
  addSelection() {
    const span = this.view.selectedSpan();
    if (!span) { this.panel.notify('Select some text first, then press n.'); return; }
    const current = this.current !== null ? this.model.ann[this.current] : null;
    const type = current ? this.model.types[current.t] : { name: 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity',
      kind: 'entity', values: [] };
    const feature = labelFeature(type);
    const features = feature ? { [feature]: current && current.f[feature] ? current.f[feature] : labelsOf(type)[0] } : {};
    const touched = this.act({ op: 'add', type: type.name, begin: span.b, end: span.e, features }, null);
    const added = Math.max(...touched.keys());
    window.getSelection().removeAllRanges();
    this.queue = null;
    if (touched.size) this.select(added);
  }

  async markReviewed() {
    this.act({ op: 'state', state: 'reviewed' }, null);
    await this.sync.settled();
    const listing = await getJson('/api/documents');
    const ids = listing.documents.filter((d) => !d.error).map((d) => d.id).sort();
    const after = [...ids.slice(ids.indexOf(this.id) + 1), ...ids.slice(0, ids.indexOf(this.id))];
    const next = after.find((docId) => {
      const d = listing.documents.find((x) => x.id === docId);
      return !d.review || d.review.state !== 'reviewed';
    });
    if (next) location.hash = documentRoute(next);
    else this.panel.notify('Every document is reviewed.');
  }

  bulkAccept(choice) {
    const [t, value] = choice.split('=');
    const type = this.model.types[Number(t)];
    this.acceptWhere((a) => a.t === Number(t) && (value === undefined || a.f[type.valueFeature] === value));
  }

  confidenceAccept(threshold) {
    this.acceptWhere((a, i) => this.view.shown(i) && typeof a.f.confidence === 'number' && a.f.confidence >= threshold);
  }

  acceptWhere(test) {
    const pairs = [];
    this.model.ann.forEach((a, i) => {
      if (!this.review.isReviewed(i) && this.model.types[a.t].kind !== 'structure' && test(a, i)) {
        pairs.push([{ op: 'accept' }, i]);
      }
    });
    this.actEach(pairs);
    this.panel.notify(`Accepted ${pairs.length}.`);
  }

  reapply(orphan) {
    const op = { op: orphan.op, type: orphan.type, begin: orphan.begin, end: orphan.end };
    if (orphan.op === 'set') Object.assign(op, { feature: orphan.feature, value: orphan.after });
    if (orphan.op === 'add') op.features = orphan.features;
    this.act(op, null);
  }

  retry({ op, target }) {
    this.act(op, target);
  }

  toggleHelp() {
    if (this.help) { this.help.remove(); this.help = null; return; }
    this.help = keyList();
    document.body.append(this.help);
  }

  escape() {
    if (this.help) this.toggleHelp();
    this.mode = null;
    this.panel.closeEditor();
  }
}
