package org.lectern.pipeline.run;

import java.util.List;

/** The documents of a run, handed out one at a time to the workers; closing it stops the hand-out. */
final class DocumentQueue {

    private final List<InputDocument> documents;
    private int next;
    private boolean closed;

    DocumentQueue(List<InputDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The next document, or null when all have been handed out or the queue is closed. */
    synchronized InputDocument next() {
        return closed || next >= documents.size() ? null : documents.get(next++);
    }

    synchronized void close() {
        closed = true;
    }

    synchronized boolean exhausted() {
        return closed || next >= documents.size();
    }

    /** The documents never handed out. */
    synchronized List<InputDocument> untaken() {
        return documents.subList(next, documents.size());
    }
}
