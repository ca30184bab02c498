package org.lectern.review;

/** An applied operation, which can be taken back and done again (undo, redo, and rollback of a failed request). */
interface Change {

    void undo();

    void redo();

    /** Runs {@code redo} now and returns the change. */
    static Change applied(Runnable undo, Runnable redo) {
        redo.run();
        return new Change() {
            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }
}
