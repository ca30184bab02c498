// The text view. The text is cut into blocks (document-blocks.js); a block is drawn only when it comes near the
// visible part of the page and dropped again when far from it, so a document of megabytes with a hundred thousand
// annotations opens as fast as a short one.
import { clear, el } from './dom.js';
import { underlineAttribution } from './attribution.js';
import { blockOf, cutBlocks, lineEstimator } from './document-blocks.js';
import { references, visible } from './document-model.js';
import { segments } from './document-segments.js';

/**
 * The text pane's blocks, and the annotations touching each as they arrive; a block is drawn once every
 * annotation that can touch it has arrived (they come in begin order) and it is near the visible part of the pane.
 */
export class BlockView {
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
    const { model, starts } = this;
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

/** The offset in the text of a point in a drawn segment's text, or null outside the text's segments. */
function textOffset(node, offset) {
  const seg = node.nodeType === Node.TEXT_NODE ? node.parentElement.closest('.seg') : null;
  return seg ? Number(seg.dataset.b) + offset : null;
}
