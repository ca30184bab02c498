// The page's document model ({doc, types, hidden, valueColors, ann}) and what is read off it: whether an
// annotation is shown, its colour, and the annotations it refers to.

export function buildModel(doc) {
  const hidden = new Set();
  doc.types.forEach((t, i) => { if (t.hidden) hidden.add(String(i)); });
  const valueColors = doc.types.map((t) => new Map((t.values || []).map((v) => [v.value, v.color])));
  return { doc, types: doc.types, hidden, valueColors, ann: [] };
}

export function visible(model, i) {
  const a = model.ann[i];
  const type = model.types[a.t];
  if (model.review && model.review.removed.has(i) && !model.review.struck.has(i)) return false;
  if (model.hidden.has(String(a.t))) return false;
  return !type.valueFeature || !model.hidden.has(a.t + '=' + a.f[type.valueFeature]);
}

/** Entity classes' colours (as the server's LayerStyle), for a class a reviewer gives that the document lacked. */
const ENTITY_VALUE_COLORS = { PERSON: '#9ecae1', ORGANIZATION: '#a1d99b', LOCATION: '#fdd0a2', MISC: '#dadaeb' };

export function colorOf(model, a) {
  const type = model.types[a.t];
  if (!type.valueFeature && type.kind !== 'entity') return type.color;
  const value = a.f[type.valueFeature || 'value'];
  return model.valueColors[a.t].get(value) || (type.kind === 'entity' && ENTITY_VALUE_COLORS[value]) || type.color;
}

/** The annotation indices an annotation's features point at (a quote's speaker mention and speaker). */
export function references(a) {
  const refs = [];
  for (const value of Object.values(a.f)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && Number.isInteger(value.ref)) refs.push(value.ref);
  }
  return refs;
}
