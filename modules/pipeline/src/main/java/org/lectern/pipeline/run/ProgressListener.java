package org.lectern.pipeline.run;

/** Told about each finished document (done, skipped or failed), from worker threads. */
public interface ProgressListener extends AutoCloseable {

    void started(int total);

    void finished(InputDocument doc);

    @Override
    void close();

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(int total) {}

        @Override
        public void finished(InputDocument doc) {}

        @Override
        public void close() {}
    };
}
