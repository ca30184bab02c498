// The corrections the review keys open: a label (1–9), a value with completion ('c'), a quote's speaker ('s'),
// the boundaries ('e') and a new span from the selection ('n'). Each ends in ops sent through the controller.
import { labelFeature, labelsOf, tokenStep, valueFeatureOf } from './review-layers.js';
import { boundaryMove } from './keys.js';

export class Corrections {
  /** @param ctl the review controller: model, review, view, panel, act(ops, target), select(i), mode, current */
  constructor(ctl) {
    this.ctl = ctl;
    this.editing = null;
  }

  relabel(i, n) {
    const a = this.ctl.model.ann[i];
    const labels = labelsOf(this.ctl.model.types[a.t]);
    const feature = labelFeature(this.ctl.model.types[a.t]);
    if (!feature || n > labels.length) {
      this.ctl.panel.notify(`No label ${n} for ${this.ctl.model.types[a.t].label}.`);
      return;
    }
    this.ctl.act({ op: 'set', feature, value: labels[n - 1] }, i);
  }

  editField(i) {
    const type = this.ctl.model.types[this.ctl.model.ann[i].t];
    const feature = valueFeatureOf(type);
    if (!feature) { this.ctl.panel.notify(`${type.label} has no value to edit.`); return; }
    this.ctl.panel.editValue(feature, this.ctl.model.ann[i].f[feature], (value) =>
      this.ctl.act({ op: 'set', feature, value: value === '' ? null : value }, i));
  }

  pickSpeaker(i) {
    if (this.ctl.model.types[this.ctl.model.ann[i].t].kind !== 'quote') {
      this.ctl.panel.notify('s sets the speaker of a quote.');
      return;
    }
    this.ctl.mode = 'speaker';
    const mentions = this.speakerMentions();
    this.ctl.panel.pickSpeaker(mentions, (m) => this.setSpeaker(i, m));
  }

  speakerMentions() {
    const text = this.ctl.model.doc.text;
    const mentions = [];
    this.ctl.model.ann.forEach((a, i) => {
      if (this.ctl.model.types[a.t].kind === 'entity' && this.ctl.review.isKept(i) && /PER|ORG/.test(a.f.value || '')) {
        const covered = text.slice(a.b, a.e);
        mentions.push({ i, label: `${a.f.identifier || covered} — “${covered}” ${a.b}` });
      }
    });
    return mentions;
  }

  setSpeaker(quote, mention) {
    this.ctl.mode = null;
    const names = new Set((this.ctl.model.types[this.ctl.model.ann[quote].t].features || []).map((f) => f.name));
    const anchor = this.ctl.review.anchorOf(mention);
    const m = this.ctl.model.ann[mention];
    const ops = [];
    if (names.has('speaker')) ops.push({ op: 'set', feature: 'speaker', value: anchor });
    if (names.has('speakerMention')) ops.push({ op: 'set', feature: 'speakerMention', value: anchor });
    if (names.has('speakerName')) {
      ops.push({ op: 'set', feature: 'speakerName', value: m.f.identifier || this.ctl.model.doc.text.slice(m.b, m.e) });
    }
    this.ctl.act(ops, quote);
    this.ctl.select(quote);
  }

  clicked(event) {
    if (this.ctl.mode !== 'speaker') return;
    const seg = event.target.closest('[data-a]');
    const mention = seg && seg.dataset.a.split(' ').map(Number)
      .find((i) => this.ctl.model.types[this.ctl.model.ann[i].t].kind === 'entity');
    if (mention === undefined) return;
    this.ctl.panel.closeEditor();
    this.setSpeaker(this.ctl.current, mention);
  }

  startEdit(i) {
    this.ctl.mode = 'edit';
    this.editing = { i, b: this.ctl.model.ann[i].b, e: this.ctl.model.ann[i].e };
    this.previewEdit();
  }

  previewEdit() {
    const { b, e } = this.editing;
    this.ctl.view.mark({ b, e });
    this.ctl.panel.showBoundary(this.ctl.model.doc.text.slice(b, e));
  }

  /** Keys while editing boundaries: the arrows move an end by a token, Enter sends, Esc leaves. */
  editKey(event) {
    const move = boundaryMove(event);
    const edit = this.editing;
    const text = this.ctl.model.doc.text;
    if (move) {
      if (move.start) edit.b = Math.min(tokenStep(text, edit.b, move.direction, 'start'), edit.e - 1);
      else edit.e = Math.max(tokenStep(text, edit.e, move.direction, 'end'), edit.b + 1);
      this.previewEdit();
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Escape') {
      this.ctl.mode = null;
      this.ctl.view.mark(null);
      this.ctl.panel.closeEditor();
      const a = this.ctl.model.ann[edit.i];
      if (event.key === 'Enter') {
        const ops = [];
        if (edit.e !== a.e) ops.push({ op: 'set', feature: 'end', value: edit.e });
        if (edit.b !== a.b) ops.push({ op: 'set', feature: 'begin', value: edit.b });
        if (ops.length) this.ctl.act(ops, edit.i);
      }
      return true;
    }
    return false;
  }

  /** 'n': the selected text becomes a span of the current layer (entities when nothing is current). */
  addSelection() {
    const span = this.ctl.view.selectedSpan();
    if (!span) { this.ctl.panel.notify('Select some text first, then press n.'); return; }
    const current = this.ctl.current !== null ? this.ctl.model.ann[this.ctl.current] : null;
    const type = current ? this.ctl.model.types[current.t]
      : { name: 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity', kind: 'entity', values: [] };
    const feature = labelFeature(type);
    const label = current && current.f[feature] ? current.f[feature] : labelsOf(type)[0];
    const features = feature ? { [feature]: label } : {};
    const touched = this.ctl.act({ op: 'add', type: type.name, begin: span.b, end: span.e, features }, null);
    const added = Math.max(...touched.keys());
    window.getSelection().removeAllRanges();
    this.ctl.queue = null;
    if (touched.size) this.ctl.select(added);
  }
}
