package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * One document under review: the predicted CAS with the log replayed onto it, each reviewed annotation's
 * provenance, the undo and redo stacks and the document state. Not thread-safe: {@link ReviewStore} serialises
 * access per document.
 */
public final class ReviewDocument {

    public static final String NEW = "new";
    public static final String IN_REVIEW = "in-review";
    public static final String REVIEWED = "reviewed";
    public static final String REOPENED = "reopened";

    private static final Set<String> OPS =
            Set.of("accept", "reject", "add", "delete", "set", "state", "undo", "redo", "drop");

    private final CAS cas;
    private final String pipelineSha256;
    private final String textSha256;
    private final Map<Annotation, Provenance> provenance = new IdentityHashMap<>();
    private final Operations operations;
    private final Map<Integer, Change> changes = new HashMap<>();
    private final Deque<Integer> undoable = new ArrayDeque<>();
    private final Deque<Integer> redoable = new ArrayDeque<>();
    private final List<ObjectNode> entries = new ArrayList<>();
    private final List<ObjectNode> orphans = new ArrayList<>();
    private String state = NEW;

    /** The predicted document {@code cas} with {@code log} replayed onto it; entries that no longer apply are orphans. */
    public ReviewDocument(CAS cas, String pipelineSha256, List<ObjectNode> log) {
        this.cas = cas;
        this.pipelineSha256 = pipelineSha256;
        this.textSha256 = Hashes.sha256(cas.getDocumentText());
        this.operations = new Operations(cas, provenance);
        for (ObjectNode entry : log) {
            try {
                execute(entry);
            } catch (OpException e) {
                ObjectNode orphan = entry.deepCopy();
                orphan.put("problem", e.getMessage());
                orphans.add(orphan);
            }
            entries.add(entry);
        }
    }

    public int version() {
        return entries.size();
    }

    public String state() {
        return state;
    }

    public List<ObjectNode> entries() {
        return List.copyOf(entries);
    }

    /**
     * Entries whose target is not in the predicted XMI any more (it was made again by another pipeline run), less
     * those a {@code drop} entry set aside.
     */
    public List<ObjectNode> orphans() {
        return List.copyOf(orphans);
    }

    public CAS cas() {
        return cas;
    }

    public String pipelineSha256() {
        return pipelineSha256;
    }

    Map<Annotation, Provenance> provenance() {
        return provenance;
    }

    /**
     * Applies a request's ops in order and returns their log entries (numbered from {@link #version} + 1); if one
     * fails, the ones before it are taken back and nothing of the request remains.
     */
    public List<ObjectNode> apply(List<JsonNode> ops, String reviewer, Instant time) throws OpException {
        Snapshot before = new Snapshot(state, List.copyOf(undoable), List.copyOf(redoable));
        List<ObjectNode> made = new ArrayList<>();
        try {
            for (int i = 0; i < ops.size(); i++) {
                ObjectNode entry = newEntry(ops.get(i), i, ops.size(), reviewer, time);
                try {
                    resolve(entry);
                    execute(entry);
                } catch (OpException e) {
                    throw new OpException("ops[" + i + "]: " + e.getMessage());
                }
                made.add(entry);
                entries.add(entry);
            }
            return made;
        } catch (OpException | RuntimeException e) {
            for (int i = made.size() - 1; i >= 0; i--) {
                takeBack(made.get(i));
                entries.remove(entries.size() - 1);
            }
            before.restore(this);
            throw e;
        }
    }

    private ObjectNode newEntry(JsonNode op, int index, int count, String reviewer, Instant time) throws OpException {
        if (!(op instanceof ObjectNode object) || !OPS.contains(op.path("op").asText())) {
            throw new OpException("ops[" + index + "]: 'op' must be one of " + OPS + ", got " + op.get("op"));
        }
        ObjectNode entry = object.deepCopy();
        if (entry.path("op").asText().equals("drop")) {
            // the client names the orphan by its seq; the entry's own seq is the log's
            entry.set("drops", entry.remove("seq"));
        }
        entry.put("seq", version() + 1);
        entry.put("last", version() + count - index);
        entry.put("reviewer", reviewer);
        entry.put("time", time.toString());
        entry.put("pipelineSha256", pipelineSha256);
        entry.put("textSha256", textSha256);
        return entry;
    }

    /** Fills in what the entry needs for replay: the target's anchor, the value or state before, what undo takes. */
    private void resolve(ObjectNode entry) throws OpException {
        switch (entry.path("op").asText()) {
            case "state" -> entry.put("before", state);
            case "undo" -> entry.put("undoes", top(undoable, "nothing to undo"));
            case "redo" -> entry.put("redoes", top(redoable, "nothing to redo"));
            case "drop" -> orphan(entry.path("drops"));
            default -> {
                if (state.equals(REVIEWED)) {
                    throw new OpException("the document is reviewed: reopen it ({\"op\": \"state\", \"state\": \""
                            + REOPENED + "\"}) before changing it");
                }
                operations.resolve(entry);
            }
        }
    }

    private void execute(ObjectNode entry) throws OpException {
        int seq = entry.path("seq").asInt();
        switch (entry.path("op").asText()) {
            case "state" -> state = nextState(entry.path("state").asText(null));
            case "drop" -> changes.put(seq, drop(entry.path("drops").asInt()));
            case "undo" -> {
                int target = entry.path("undoes").asInt();
                change(target).undo();
                undoable.remove(target);
                redoable.push(target);
            }
            case "redo" -> {
                int target = entry.path("redoes").asInt();
                change(target).redo();
                redoable.remove(target);
                undoable.push(target);
            }
            default -> {
                Provenance made = new Provenance(
                        entry.path("op").asText(),
                        entry.path("reviewer").asText(),
                        entry.path("time").asText(),
                        seq);
                changes.put(seq, operations.execute(entry, made));
                undoable.push(seq);
                redoable.clear();
                if (state.equals(NEW)) {
                    state = IN_REVIEW;
                }
            }
        }
    }

    /** The orphan a drop names by its seq. */
    private ObjectNode orphan(JsonNode seq) throws OpException {
        if (!seq.isInt()) {
            throw new OpException("'drop' needs the orphan's 'seq', got " + seq);
        }
        return orphans.stream()
                .filter(orphan -> orphan.path("seq").asInt() == seq.asInt())
                .findFirst()
                .orElseThrow(() -> new OpException("entry " + seq + " is not an orphaned operation"));
    }

    /**
     * Sets an orphan aside (it stays in the log). Like a state change it is not on the undo stack; on replay after
     * another pipeline run the named entry may apply again, and then there is nothing to drop.
     */
    private Change drop(int seq) {
        for (int i = 0; i < orphans.size(); i++) {
            ObjectNode orphan = orphans.get(i);
            if (orphan.path("seq").asInt() == seq) {
                int at = i;
                return Change.applied(() -> orphans.add(at, orphan), () -> orphans.remove(at));
            }
        }
        return Change.applied(() -> {}, () -> {});
    }

    /** Reverses one applied entry of a failed request (the stacks and state are restored from a snapshot). */
    private void takeBack(ObjectNode entry) {
        switch (entry.path("op").asText()) {
            case "state" -> {}
            case "undo" -> changes.get(entry.path("undoes").asInt()).redo();
            case "redo" -> changes.get(entry.path("redoes").asInt()).undo();
            default -> changes.remove(entry.path("seq").asInt()).undo();
        }
    }

    private Change change(int seq) throws OpException {
        Change change = changes.get(seq);
        if (change == null) {
            throw new OpException("entry " + seq + " did not apply, so it cannot be undone or redone");
        }
        return change;
    }

    private static int top(Deque<Integer> stack, String problem) throws OpException {
        if (stack.isEmpty()) {
            throw new OpException(problem);
        }
        return stack.peek();
    }

    /** new → in-review → reviewed → reopened → reviewed …; "in-review" may also be set again by hand. */
    private String nextState(String wanted) throws OpException {
        boolean allowed = switch (wanted == null ? "" : wanted) {
            case IN_REVIEW -> !state.equals(REVIEWED);
            case REVIEWED -> !state.equals(REVIEWED);
            case REOPENED -> state.equals(REVIEWED);
            default -> false;
        };
        if (!allowed) {
            throw new OpException("state '" + wanted + "' cannot follow '" + state + "' (new → " + IN_REVIEW + " → "
                    + REVIEWED + " → " + REOPENED + ")");
        }
        return wanted;
    }

    /** The state and stacks before a request, put back when the request fails. */
    private record Snapshot(String state, List<Integer> undoable, List<Integer> redoable) {
        void restore(ReviewDocument document) {
            document.state = state;
            document.undoable.clear();
            document.undoable.addAll(undoable);
            document.redoable.clear();
            document.redoable.addAll(redoable);
        }
    }
}
