// The page's side of the review API (issue 14): the write token, the log's version, and the queue of the page's
// own entries. An action is applied at once in the page and sent in the background; the server's answer confirms
// it (200), or (412) brings the entries another reviewer made meanwhile: those are applied, the page's entries that
// touch other annotations are sent again, and the ones on the same annotation give way, with a notice.
import { documentUrl } from './dom.js';

const TOKEN_KEY = 'lectern.token';
const REVIEWER_KEY = 'lectern.reviewer';
const POLL_MILLIS = 2000;
/** A reviewer may poll less often (or a test not at all for a while): milliseconds in localStorage. */
const POLL_KEY = 'lectern.pollMillis';

/**
 * The write token: taken from the address the server printed ({@code ?token=…}) and kept for the session, or the
 * logged-in reviewer's (servers with logins); null when this page may not write.
 */
export async function writeToken() {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token'); // out of the address bar, the history and screenshots
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  const response = await fetch('/api/session', { headers: { Accept: 'application/json' } }).catch(() => null);
  const session = response && response.ok ? await response.json() : {};
  if (session.reviewer) setReviewerName(session.reviewer); // the name the server logs this page's writes under
  return sessionStorage.getItem(TOKEN_KEY) || session.token || null;
}

/** The name this browser's reviewer goes by in the log (kept in this browser; the server's login wins). */
export function reviewerName() {
  return localStorage.getItem(REVIEWER_KEY) || 'you';
}

export function setReviewerName(name) {
  localStorage.setItem(REVIEWER_KEY, name);
}

export function reviewUrl(id) {
  return documentUrl(id) + '/review';
}

/** GETs a document's review: {version, state, ops, orphans}; null when the server has no review (read-only). */
export async function loadReview(id) {
  const response = await fetch(reviewUrl(id), { headers: { Accept: 'application/json' } });
  if (response.status === 404 || response.status === 405 || response.status === 403) return null;
  if (!response.ok) throw new Error(`review of ${id}: ${response.status} ${response.statusText}`);
  return response.json();
}

export class ReviewSync {
  /**
   * @param review  the page's {@link ReviewModel}
   * @param handlers {applied(touched), conflict(notice), failed(message), orphans(list), saved()}
   */
  constructor(id, token, review, handlers) {
    Object.assign(this, { id, token, review, handlers });
    this.pending = []; // {op (as sent), entry (as applied), target (annotation index or null), before (snapshot)}
    this.sending = false;
    this.lastPoll = performance.now();
    this.timer = setInterval(() => {
      const every = Number(localStorage.getItem(POLL_KEY) || POLL_MILLIS);
      if (performance.now() - this.lastPoll >= every) { this.lastPoll = performance.now(); this.poll(); }
    }, 200);
  }

  dispose() {
    clearInterval(this.timer);
  }

  /** Applies the page's op at once and queues it for the server; returns the touched annotations. */
  submit(op, target) {
    const before = this.review.snapshot();
    const entry = this.entryFor(op);
    const touched = this.review.apply(entry, true);
    this.pending.push({ op, entry, target, before });
    this.send();
    return touched;
  }

  /** Resolves once everything the page did is confirmed or refused. */
  async settled() {
    while (this.sending || this.pending.length) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  /** A log entry as the server would write it for {@code op}, numbered after the entries applied so far. */
  entryFor(op) {
    const entry = { ...op, seq: this.review.version + 1, reviewer: reviewerName(), time: new Date().toISOString() };
    if (op.op === 'set') entry.after = op.value;
    if (op.op === 'undo') entry.undoes = top(this.review.undoable, 'nothing to undo');
    if (op.op === 'redo') entry.redoes = top(this.review.redoable, 'nothing to redo');
    return entry;
  }

  headers(version) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json',
      'X-Lectern-Token': this.token, 'X-Lectern-Reviewer': reviewerName() };
    if (version !== undefined) headers['If-Match'] = `"${version}"`;
    return headers;
  }

  async send() {
    if (this.sending || !this.pending.length) return;
    this.sending = true;
    const batch = this.pending.slice();
    try {
      const response = await fetch(reviewUrl(this.id), { method: 'POST', headers: this.headers(batch[0].before.version),
        body: JSON.stringify({ ops: batch.map((p) => p.op) }) });
      const body = await response.json().catch(() => ({}));
      if (response.ok) this.confirmed(batch, body.version, body.ops);
      else if (response.status === 412) this.overtaken(body.ops || [], body.version);
      else this.refused(body.error || `${response.status} ${response.statusText}`);
    } catch (error) {
      this.sending = false; // the server is unreachable: keep everything and try again
      setTimeout(() => this.send(), POLL_MILLIS);
      this.handlers.failed(`not saved yet (${error.message}); retrying`);
      return;
    }
    this.sending = false;
    if (this.pending.length) this.send();
  }

  confirmed(batch, version, made) {
    // where the server sends the entries it made, the reviewer and time shown are the logged ones
    for (const [k, entry] of (made || []).entries()) {
      const target = batch[k] ? batch[k].target : null;
      const status = target === null ? null : this.review.status.get(target);
      if (status && status.seq === entry.seq) Object.assign(status, { reviewer: entry.reviewer, time: entry.time });
    }
    this.pending.splice(0, batch.length);
    this.review.version = Math.max(this.review.version, version);
    this.handlers.saved();
  }

  /** Takes the page's unconfirmed entries back, in reverse order; returns what they touched. */
  rollback() {
    const touched = new Map();
    for (const p of this.pending.slice().reverse()) {
      for (const [i, span] of this.review.takeBack(p.entry)) if (!touched.has(i)) touched.set(i, span);
    }
    if (this.pending.length) this.review.restore(this.pending[0].before);
    return touched;
  }

  /** 412: the other reviewers' entries first, then the page's own again, except those on the same annotations. */
  overtaken(missed, version) {
    const mine = this.pending;
    const touched = this.rollback();
    const theirs = new Map(); // annotation index -> reviewer who changed it
    for (const entry of missed) {
      for (const [i, span] of this.applyRemote(entry)) {
        theirs.set(i, entry.reviewer);
        if (!touched.has(i)) touched.set(i, span);
      }
    }
    this.review.version = version;
    this.pending = [];
    const kept = [];
    for (const p of mine) {
      const other = p.target !== null && theirs.get(p.target);
      const undoAfterOthers = (p.op.op === 'undo' || p.op.op === 'redo') && missed.length;
      if (other || undoAfterOthers) {
        this.handlers.conflict({ reviewer: other || missed[missed.length - 1].reviewer, op: p.op, target: p.target });
        continue;
      }
      kept.push(p);
    }
    for (const p of kept) {
      const op = p.target === null ? p.op : { ...p.op, ...this.review.anchorOf(p.target) };
      try {
        for (const [i, span] of this.submit(op, p.target)) if (!touched.has(i)) touched.set(i, span);
      } catch (error) {
        this.handlers.conflict({ reviewer: null, op: p.op, target: p.target, problem: error.message });
      }
    }
    this.handlers.applied(touched);
  }

  /** 403, 422…: the page's entries are taken back and named, so nothing typed disappears without a word. */
  refused(problem) {
    const mine = this.pending;
    const touched = this.rollback();
    this.pending = [];
    this.handlers.applied(touched);
    this.handlers.failed(`not saved: ${problem} (${mine.map((p) => describeOp(p.op)).join('; ')})`);
  }

  applyRemote(entry) {
    try {
      return this.review.apply(entry, true);
    } catch (error) {
      this.review.version = Math.max(this.review.version, entry.seq);
      return new Map();
    }
  }

  /** Brings in what other reviewers did while this page has nothing unconfirmed. */
  async poll() {
    if (this.sending || this.pending.length || document.hidden) return;
    const response = await fetch(reviewUrl(this.id), { headers: { Accept: 'application/json',
      'If-None-Match': `"${this.review.version}"` } }).catch(() => null);
    if (!response || response.status !== 200 || this.sending || this.pending.length) return;
    const body = await response.json();
    const touched = new Map();
    for (const entry of body.ops.filter((e) => e.seq > this.review.version)) {
      for (const [i, span] of this.applyRemote(entry)) if (!touched.has(i)) touched.set(i, span);
    }
    this.review.version = Math.max(this.review.version, body.version);
    this.review.state = body.state;
    this.handlers.orphans(body.orphans || []);
    if (touched.size) this.handlers.applied(touched);
  }
}

/** An op in words, for notices. */
export function describeOp(op) {
  const where = op.begin !== undefined ? ` ${op.type ? op.type.split('.').pop() : ''} ${op.begin}–${op.end}` : '';
  const value = op.value && typeof op.value === 'object' ? JSON.stringify(op.value) : op.value;
  if (op.op === 'set') return `set ${op.feature} to “${value}” on${where}`;
  if (op.op === 'state') return `mark ${op.state}`;
  return op.op + where;
}

function top(stack, problem) {
  if (!stack.length) throw new Error(problem);
  return stack[stack.length - 1];
}
