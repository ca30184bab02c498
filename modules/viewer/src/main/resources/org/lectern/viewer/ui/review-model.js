// The review log replayed in the page, the same way the server replays it (issue 14): each entry finds its target
// by anchor (type, offsets, key feature), changes the document model, and can be taken back (undo, redo, and the
// page's own unconfirmed entries when the server answers 412).
import { Anchors } from './review-anchors.js';

const PRIMITIVE = /^uima\.cas\.(String|Boolean|Byte|Short|Integer|Long|Float|Double)$/;

export class ReviewModel {
  /** @param model the document model of document.js ({doc, types, ann}) */
  constructor(model) {
    this.model = model;
    this.version = 0;
    this.state = 'new';
    this.status = new Map(); // annotation index -> {status, reviewer, time, seq}
    this.removed = new Set(); // indices out of the reviewed document
    this.struck = new Set(); // removed while this page was open: still drawn, struck through
    this.changes = new Map(); // seq -> {undo, redo}
    this.undoable = [];
    this.redoable = [];
    this.anchors = new Anchors(model);
  }

  /** The anchor of annotation {@code i} as it is now: what an op sends to name it. */
  anchorOf(i) {
    return this.anchors.of(i);
  }

  isReviewed(i) {
    return this.status.has(i) || this.removed.has(i);
  }

  isKept(i) {
    return !this.removed.has(i);
  }

  /**
   * Applies a log entry (the server's, or one of the page's own not yet confirmed); {@code live} when it happens
   * while the page is open (a rejection is then shown struck through). Returns the touched annotations with the
   * span each had before, for the view to repaint. Throws when the target cannot be found (an orphan).
   */
  apply(entry, live) {
    const touched = new Map();
    const seq = entry.seq;
    switch (entry.op) {
      case 'state': this.state = entry.state; break;
      case 'drop': break; // an orphan dropped: nothing in the document changes
      case 'undo':
        this.replay(entry.undoes, 'undo', touched);
        this.move(this.undoable, this.redoable, entry.undoes);
        break;
      case 'redo':
        this.replay(entry.redoes, 'redo', touched);
        this.move(this.redoable, this.undoable, entry.redoes);
        break;
      default: {
        const made = { reviewer: entry.reviewer, time: entry.time, seq };
        const change = this.change(entry, made, live, touched);
        change.redo();
        this.changes.set(seq, change);
        this.undoable.push(seq);
        this.redoable = [];
        if (this.state === 'new') this.state = 'in-review';
      }
    }
    this.version = Math.max(this.version, seq);
    return touched;
  }

  /** Takes back an applied entry (the page's own, refused or overtaken by the server). */
  takeBack(entry) {
    const touched = new Map();
    if (entry.op === 'undo') this.replay(entry.undoes, 'redo', touched);
    else if (entry.op === 'redo') this.replay(entry.redoes, 'undo', touched);
    else if (entry.op !== 'state' && entry.op !== 'drop') {
      this.replay(entry.seq, 'undo', touched);
      this.changes.delete(entry.seq);
    }
    return touched;
  }

  /** The stacks and state, to put back after {@link #takeBack}. */
  snapshot() {
    return { undoable: [...this.undoable], redoable: [...this.redoable], state: this.state, version: this.version };
  }

  restore(snapshot) {
    Object.assign(this, { undoable: [...snapshot.undoable], redoable: [...snapshot.redoable] });
    this.state = snapshot.state;
    this.version = snapshot.version;
  }

  replay(seq, direction, touched) {
    const change = this.changes.get(seq);
    if (!change) throw new Error(`entry ${seq} did not apply, so it cannot be undone or redone`);
    change.touched.forEach((i) => this.touch(touched, i));
    change[direction]();
  }

  move(from, to, seq) {
    const at = from.lastIndexOf(seq);
    if (at >= 0) from.splice(at, 1);
    to.push(seq);
  }

  /** The change an entry makes, not yet done: {redo, undo, touched}. */
  change(entry, made, live, touched) {
    if (entry.op === 'add') return this.add(entry, made, live, touched);
    const i = this.find(entry);
    this.touch(touched, i);
    const before = this.status.get(i);
    const restore = () => (before ? this.status.set(i, before) : this.status.delete(i));
    let redo;
    let undo;
    switch (entry.op) {
      case 'accept':
        redo = () => this.status.set(i, { ...made, status: before ? before.status : 'accepted' });
        undo = restore;
        break;
      case 'reject':
      case 'delete': {
        let relinks = [];
        redo = () => {
          relinks = this.unlink(i);
          this.removed.add(i);
          if (live) this.struck.add(i);
          if (before && before.status === 'added') this.status.delete(i);
          else this.status.set(i, { ...made, status: entry.op === 'reject' ? 'rejected' : 'deleted' });
        };
        undo = () => { this.removed.delete(i); this.struck.delete(i); relinks.forEach((r) => r()); restore(); };
        break;
      }
      case 'set': {
        const old = this.read(i, entry.feature);
        const value = this.convert(entry.feature, entry.after ?? entry.value ?? null);
        const status = before && before.status === 'added' ? 'added' : 'corrected';
        redo = () => { this.write(i, entry.feature, value); this.status.set(i, { ...made, status }); };
        undo = () => { this.write(i, entry.feature, old); restore(); };
        break;
      }
      default: throw new Error(`unknown op '${entry.op}'`);
    }
    return { redo, undo, touched: [i] };
  }

  add(entry, made, live, touched) {
    const t = this.anchors.typeIndex(entry.type);
    const features = {};
    for (const [name, value] of Object.entries(entry.features || {})) {
      const converted = this.convert(name, value);
      if (converted !== null) features[name] = converted;
    }
    const i = this.model.ann.length;
    this.model.ann.push({ t, b: entry.begin, e: entry.end, f: features });
    this.removed.add(i);
    this.anchors.add(i);
    this.touch(touched, i);
    return {
      redo: () => { this.removed.delete(i); this.struck.delete(i); this.status.set(i, { ...made, status: 'added' }); },
      undo: () => { this.removed.add(i); this.status.delete(i); },
      touched: [i],
    };
  }

  touch(touched, i) {
    if (!touched.has(i)) touched.set(i, { b: this.model.ann[i].b, e: this.model.ann[i].e });
  }

  /** The kept annotation an anchor names: same type, offsets and key feature; the first of equal ones. */
  find(anchor) {
    return this.anchors.find(anchor, (i) => !this.removed.has(i));
  }

  read(i, feature) {
    const a = this.model.ann[i];
    if (feature === 'begin') return a.b;
    if (feature === 'end') return a.e;
    return a.f[feature] ?? null;
  }

  write(i, feature, value) {
    const a = this.model.ann[i];
    if (feature === 'begin' || feature === 'end') {
      this.anchors.remove(i);
      if (feature === 'begin') a.b = value; else a.e = value;
      this.anchors.add(i);
    } else if (value === null) delete a.f[feature];
    else a.f[feature] = value;
  }

  /** A logged value as the model holds it: offsets and primitives as they are, an anchor as {ref: index}. */
  convert(feature, value) {
    if (value === null || value === undefined) return null;
    if (feature === 'begin' || feature === 'end') return Number(value);
    if (typeof value === 'object' && !Array.isArray(value)) return { ref: this.find(value) };
    return value;
  }

  /** Clears every reference to annotation {@code i}; returns what puts them back. */
  unlink(i) {
    const relinks = [];
    const referring = this.referringTypes();
    if (!referring.size) return relinks;
    this.model.ann.forEach((a, j) => {
      const features = referring.get(a.t);
      if (!features) return;
      for (const name of features) {
        const value = a.f[name];
        if (value && value.ref === i) {
          delete a.f[name];
          relinks.push(() => { a.f[name] = value; });
        }
      }
    });
    return relinks;
  }

  /** Type index -> names of its features that point at annotations. */
  referringTypes() {
    const referring = new Map();
    this.model.types.forEach((type, t) => {
      const names = (type.features || []).filter((f) => !PRIMITIVE.test(f.range) && !f.range.endsWith('Array'))
        .map((f) => f.name);
      if (names.length) referring.set(t, names);
    });
    return referring;
  }

  /** Reviewed and all counted predictions: n of m. */
  progress(indices) {
    let reviewed = 0;
    let total = 0;
    for (const i of indices) {
      if (this.status.get(i)?.status === 'added') continue;
      total++;
      if (this.isReviewed(i)) reviewed++;
    }
    return { reviewed, total };
  }
}
