// The document's JSON as it arrives: the head (text, types, views) at once, then the annotations line by line.

/**
 * Opens a document's JSON as a stream: its first line holds everything but the annotations (parsed at once),
 * then come the annotations, one per line, handed out in batches as they arrive.
 */
export async function openDocument(url) {
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
export class Annotation {
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
