// How log entries name annotations (issue 14), as on the server: by anchor (type, offsets, key feature). An index
// from anchors to the page's annotations, built on first use and kept up to date as offsets change, and the
// document's types by full or short name.

/** Features that tell annotations of one span apart, as on the server (the others are what reviewers change). */
const KEY_FEATURES = {
  'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity': 'value',
  'org.lectern.type.Boilerplate': 'kind',
  'org.lectern.type.LanguageSpan': 'language',
};

export class Anchors {
  /** @param model the document model of document.js ({doc, types, ann}) */
  constructor(model) {
    this.model = model;
    this.byKey = null; // "type|begin|end" -> indices, built on first use
  }

  /** The anchor of annotation {@code i} as it is now: what an op sends to name it. */
  of(i) {
    const a = this.model.ann[i];
    const type = this.model.types[a.t].name;
    const anchor = { type, begin: a.b, end: a.e };
    const key = KEY_FEATURES[type];
    if (key) anchor.key = { [key]: a.f[key] ?? null };
    return anchor;
  }

  /** The first annotation that an anchor names (same type, offsets and key feature) and that is {@code kept}. */
  find(anchor, kept) {
    const t = this.model.types.findIndex((type) => type.name === anchor.type || shortName(type.name) === anchor.type);
    const candidates = t < 0 ? [] : (this.index().get(anchorKey(t, anchor.begin, anchor.end)) || []);
    const key = Object.entries(anchor.key || {});
    const found = candidates.find((i) => kept(i)
      && key.every(([name, value]) => (this.model.ann[i].f[name] ?? null) === value));
    if (found === undefined) {
      throw new Error(`no ${shortName(anchor.type || '?')} at ${anchor.begin}-${anchor.end}`
        + (key.length ? ' with ' + JSON.stringify(anchor.key) : ''));
    }
    return found;
  }

  index() {
    if (!this.byKey) {
      this.byKey = new Map();
      this.model.ann.forEach((a, i) => this.add(i));
    }
    return this.byKey;
  }

  /** Indexes annotation {@code i} at its anchor now (once the index is built). */
  add(i) {
    if (!this.byKey) return;
    const a = this.model.ann[i];
    const key = anchorKey(a.t, a.b, a.e);
    if (!this.byKey.has(key)) this.byKey.set(key, []);
    this.byKey.get(key).push(i);
  }

  remove(i) {
    if (!this.byKey) return;
    const a = this.model.ann[i];
    const list = this.byKey.get(anchorKey(a.t, a.b, a.e)) || [];
    const at = list.indexOf(i);
    if (at >= 0) list.splice(at, 1);
  }

  /** The index of a type by name, added to the document's types when the document had none of it yet. */
  typeIndex(name) {
    const t = this.model.types.findIndex((type) => type.name === name || shortName(type.name) === name);
    if (t >= 0) return t;
    const full = name.includes('.') ? name : Object.keys(KEY_FEATURES).find((n) => shortName(n) === name) || name;
    const kind = full.endsWith('NamedEntity') ? 'entity' : 'generic';
    this.model.types.push({ name: full, label: shortName(full), kind,
      color: '#c5b0d5', count: 0, hidden: false, features: [] });
    this.model.valueColors.push(new Map());
    return this.model.types.length - 1;
  }
}

function anchorKey(t, b, e) {
  return t + '|' + b + '|' + e;
}

function shortName(name) {
  return name.slice(name.lastIndexOf('.') + 1);
}
