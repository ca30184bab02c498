// The review side panel: progress, notices, the bulk actions, the queue order, orphaned entries, and the small
// editors the keys open (a value with completion, a speaker picker). Everything shown is text, never markup.
import { clear, el, getJson } from './dom.js';
import { describeOp } from './review-sync.js';

export class ReviewPanel {
  /** @param actions {bulkAccept(filter), confidenceAccept(x), order(kind), reapply(orphan), drop(orphan), retry(op)} */
  constructor(slot, progressSlot, actions) {
    this.actions = actions;
    this.progress = el('span', { id: 'review-progress', class: 'review-progress' });
    this.state = el('span', { id: 'review-state', class: 'badge' });
    this.notices = el('div', { id: 'review-notices', class: 'notices', role: 'status', 'aria-live': 'polite' });
    this.editor = el('div', { id: 'review-editor' });
    this.orphanList = el('section', { id: 'orphans' });
    this.shownOrphans = null;
    this.bulkChoice = el('select', { id: 'bulk-layer', 'aria-label': 'Layer or value to accept' });
    const threshold = el('input', { id: 'bulk-confidence', type: 'number', min: '0', max: '1', step: '0.05',
      value: '0.9', 'aria-label': 'Confidence at least' });
    const order = el('select', { id: 'queue-order', 'aria-label': 'Queue order',
      onchange: () => { order.blur(); actions.order(order.value); } }, // the keys go on with the new queue
    el('option', { value: 'text' }, 'text order'), el('option', { value: 'confidence' }, 'confidence, lowest first'));
    progressSlot.append(this.state, this.progress);
    slot.append(el('section', { id: 'review', class: 'review' },
      el('h3', {}, 'Review'), this.notices, this.editor,
      el('div', { class: 'bulk' },
        el('label', {}, 'Queue ', order),
        el('div', {}, this.bulkChoice,
          el('button', { id: 'bulk-accept', type: 'button', onclick: () => actions.bulkAccept(this.bulkChoice.value) },
            'Accept all remaining')),
        el('div', {}, el('label', {}, 'confidence ≥ ', threshold),
          el('button', { id: 'confidence-accept', type: 'button',
            onclick: () => actions.confidenceAccept(Number(threshold.value)) }, 'Accept all'))),
      el('p', { class: 'status' }, 'Press ? for the keys.'), this.orphanList));
  }

  /** The bulk choices: each layer shown, and each of its values ("accept all LOCATION"). */
  setLayers(types) {
    clear(this.bulkChoice).append(...types.flatMap(({ t, type }) => [
      el('option', { value: String(t) }, 'all ' + type.label),
      ...(type.values || []).map((v) => el('option', { value: t + '=' + v.value }, 'all ' + v.value)),
    ]));
  }

  showProgress({ reviewed, total }, state) {
    this.progress.textContent = `${reviewed} of ${total} reviewed`;
    this.state.textContent = state;
    this.state.dataset.state = state;
  }

  /** A notice; a conflict keeps the page's own op with a button to apply it anyway. */
  notify(text, { kind = 'info', retry = null } = {}) {
    const notice = el('div', { class: 'notice ' + kind },
      el('span', {}, text),
      retry ? el('button', { type: 'button', class: 'retry', onclick: () => { notice.remove(); retry(); } },
        'Apply mine') : null,
      el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', onclick: () => notice.remove() },
        '×'));
    this.notices.append(notice);
    return notice;
  }

  conflict({ reviewer, op, problem }, retry) {
    const who = reviewer ? `${reviewer} changed this annotation meanwhile; their change is kept.` : problem;
    this.notify(`${who} Yours was: ${describeOp(op)}.`, { kind: 'conflict', retry });
  }

  showOrphans(orphans) {
    // the review is polled every few seconds: redrawing an unchanged list would pull its buttons from under the
    // reviewer's pointer
    const shown = JSON.stringify(orphans);
    if (shown === this.shownOrphans) return;
    this.shownOrphans = shown;
    clear(this.orphanList);
    if (!orphans.length) return;
    this.orphanList.append(el('h3', {}, `Orphaned operations (${orphans.length})`),
      el('p', { class: 'status' }, 'Their target is not in the document the pipeline made again. Re-apply acts on '
        + 'the current annotation when it is of the same type, else at the logged offsets.'),
      el('ul', { class: 'orphans' }, orphans.map((orphan) => el('li',
        { class: 'orphan', dataset: { seq: String(orphan.seq) } },
        el('span', {}, `#${orphan.seq} ${orphan.reviewer || ''}: ${describeOp({ ...orphan, value: orphan.after })}`),
        orphan.problem ? el('div', { class: 'status' }, orphan.problem) : null,
        el('button', { type: 'button', class: 'reapply', onclick: () => this.actions.reapply(orphan) }, 'Re-apply'),
        el('button', { type: 'button', class: 'drop', onclick: () => this.actions.drop(orphan) }, 'Drop')))));
  }

  /** A one-line field for a feature value, completed from the folder's canonical names. */
  editValue(label, value, done) {
    const list = el('datalist', { id: 'name-completions' });
    const input = el('input', { id: 'value-field', type: 'text', list: 'name-completions', value: value ?? '',
      'aria-label': label, autocomplete: 'off' });
    input.addEventListener('input', () => completeNames(input.value, list));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); this.closeEditor(); done(input.value); }
      if (event.key === 'Escape') { event.preventDefault(); this.closeEditor(); }
    });
    clear(this.editor).append(el('label', { class: 'field' }, label, ' ', input), list);
    input.focus();
    input.select();
  }

  /** The document's PERSON and ORGANIZATION mentions to pick a speaker from (or click one in the text). */
  pickSpeaker(mentions, done) {
    const select = el('select', { id: 'speaker-pick', size: String(Math.min(8, Math.max(2, mentions.length))),
      'aria-label': 'Speaker' }, mentions.map((m) => el('option', { value: String(m.i) }, m.label)));
    const pick = () => { this.closeEditor(); done(Number(select.value)); };
    select.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && select.value) { event.preventDefault(); pick(); }
      if (event.key === 'Escape') { event.preventDefault(); this.closeEditor(); }
    });
    select.addEventListener('dblclick', () => { if (select.value) pick(); });
    clear(this.editor).append(el('p', { class: 'status' }, 'Speaker: click a mention in the text, or pick one '
      + '(Enter):'), select);
    select.focus();
  }

  /** What the boundary edit would make of the span. */
  showBoundary(text) {
    clear(this.editor).append(el('p', { id: 'boundary-preview', class: 'status' },
      'Boundaries (Enter confirms, Esc cancels): ', el('q', {}, text)));
  }

  closeEditor() {
    clear(this.editor);
  }
}

let completionRequest = 0;

/** Fills the datalist with canonical names of the folder that contain what was typed. */
async function completeNames(typed, list) {
  const request = ++completionRequest;
  if (typed.trim().length < 2) return;
  const result = await getJson('/api/search?' + new URLSearchParams({ q: typed.trim(), kind: 'entity' }))
    .catch(() => ({ hits: [] }));
  if (request !== completionRequest) return;
  const names = [...new Set(result.hits.map((hit) => hit.label).filter(Boolean))].slice(0, 20);
  clear(list).append(...names.map((name) => el('option', { value: name })));
}
