// What the review keys change on each layer: its label feature and labels (1–9), its value feature ('c'), and
// how a boundary moves by a token ('e').

/** Labels offered for a layer beyond those the document already uses. */
const KNOWN_LABELS = {
  entity: ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'],
  boilerplate: ['caption', 'credit', 'appeal', 'byline', 'dateline', 'footer', 'navigation', 'share'],
};
const LABEL_FEATURES = { entity: 'value', boilerplate: 'kind', language: 'language' };
const VALUE_FEATURES = { entity: 'identifier', artefact: 'correction', quote: 'speakerName' };
const STRING = 'uima.cas.String';
/** A token: a run of letters and digits, or one other visible character. */
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** The feature the number keys set, or null. */
export function labelFeature(type) {
  return LABEL_FEATURES[type.kind] || type.valueFeature || null;
}

/** The labels 1–9 choose from: the layer's known labels, then the others its documents use. */
export function labelsOf(type) {
  const known = KNOWN_LABELS[type.kind] || [];
  const used = (type.values || []).map((v) => v.value);
  return [...known, ...used.filter((v) => !known.includes(v))].slice(0, 9);
}

/** The feature 'c' edits: canonical name, correction, speaker name, else the first other string feature. */
export function valueFeatureOf(type) {
  if (VALUE_FEATURES[type.kind]) return VALUE_FEATURES[type.kind];
  const label = labelFeature(type);
  const feature = (type.features || []).find((f) => f.range === STRING && f.name !== label);
  return feature ? feature.name : label;
}

/**
 * Where a boundary at {@code offset} goes when moved one token in {@code direction} (-1, 1): an end moves to the
 * end of a token, a start to the start of one.
 */
export function tokenStep(text, offset, direction, which) {
  const from = Math.max(0, offset - 400); // a window around the boundary: documents can be megabytes long
  const edges = [];
  for (const match of text.slice(from, offset + 400).matchAll(TOKEN)) {
    edges.push(from + (which === 'end' ? match.index + match[0].length : match.index));
  }
  if (direction > 0) return edges.find((x) => x > offset) ?? offset;
  return edges.filter((x) => x < offset).pop() ?? offset;
}
