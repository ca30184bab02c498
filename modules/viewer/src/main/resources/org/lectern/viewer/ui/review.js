// Review mode: on when the server takes writes (a token came with the address the server printed). The queue holds
// the predictions of the layers shown, in text order (or by confidence); the keys of keys.js act on its current
// one. Each action is applied in the page at once, repainting only the blocks it touches, and sent in the
// background (review-sync.js).
import { documentRoute, el, getJson } from './dom.js';
import { keyList, listenForKeys } from './keys.js';
import { Corrections } from './review-edits.js';
import { ReviewModel } from './review-model.js';
import { ReviewPanel } from './review-panel.js';
import { ReviewSync, loadReview, writeToken } from './review-sync.js';

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
  review.anchors.index(); // now rather than in the first action
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
    this.edits = new Corrections(this);
    page.textPane.addEventListener('click', (event) => this.edits.clicked(event));
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
      intercept: (event) => {
        this.pressedAt = event.timeStamp; // an action's repaint is timed from its key
        return this.mode === 'edit' && this.edits.editKey(event);
      },
      handled: () => { this.pressedAt = null; },
      next: () => this.move(1),
      previous: () => this.move(-1),
      accept: () => this.decide('accept'),
      reject: () => this.decide('reject'),
      delete: () => this.withCurrent((i) => this.act({ op: 'delete' }, i)),
      edit: () => this.withCurrent((i) => this.edits.startEdit(i)),
      label: (event) => this.withCurrent((i) => this.edits.relabel(i, Number(event.key))),
      field: () => this.withCurrent((i) => this.edits.editField(i)),
      speaker: () => this.withCurrent((i) => this.edits.pickSpeaker(i)),
      add: () => this.edits.addSelection(),
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
      const drawn = this.review.isKept(i) || this.review.struck.has(i);
      if (drawn && this.view.shown(i) && this.model.types[a.t].kind !== 'language') indices.push(i);
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
    const started = this.pressedAt ?? performance.now();
    this.pressedAt = null;
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
    this.progressTimer = setTimeout(() => this.showProgress(), 300); // counted after the frame, not in it
    return blocks;
  }

  showProgress() {
    const counted = [];
    this.model.ann.forEach((a, i) => { if (COUNTED_KINDS.has(this.model.types[a.t].kind)) counted.push(i); });
    this.panel.showProgress(this.review.progress(counted), this.review.state);
    this.model.refreshQuotes();
  }

  updateLayers() {
    this.panel.setLayers(this.model.types.map((type, t) => ({ t, type }))
      .filter(({ t, type }) => type.kind !== 'structure' && !this.model.hidden.has(String(t))));
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

  /** An orphan's op again: on the current annotation when it is of the orphan's type, else at its offsets. */
  reapply(orphan) {
    const op = { op: orphan.op, type: orphan.type, begin: orphan.begin, end: orphan.end };
    if (orphan.op === 'set') Object.assign(op, { feature: orphan.feature, value: orphan.after });
    if (orphan.op === 'add') op.features = orphan.features;
    const current = this.current === null ? null : this.model.ann[this.current];
    const here = current && orphan.op !== 'add' && this.model.types[current.t].name === orphan.type;
    this.act(op, here ? this.current : null);
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
