package org.lectern.pipeline.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Creates several workers at once, each on a thread of its own (the calling one included), so that their annotators
 * load their models in parallel (a model shared by all is still loaded once, see {@code SharedModels}).
 */
final class ParallelStart {

    /** Creates one worker; may be called from several threads at a time. */
    interface Creator<T> {
        T create() throws ResourceInitializationException;
    }

    private ParallelStart() {}

    /** {@code count} results of {@code creator}, in no particular order; the first failure once all have ended. */
    static <T> List<T> create(int count, Creator<T> creator) throws ResourceInitializationException {
        List<FutureTask<T>> others = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            FutureTask<T> task = new FutureTask<>(creator::create);
            Thread starter = new Thread(task, "lectern-start-worker-" + i);
            starter.setDaemon(true);
            starter.start();
            others.add(task);
        }
        List<T> created = new ArrayList<>();
        Throwable failure = null;
        try {
            created.add(creator.create());
        } catch (ResourceInitializationException | RuntimeException e) {
            failure = e;
        }
        for (FutureTask<T> task : others) {
            try {
                created.add(task.get());
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new ResourceInitializationException(e);
            }
        }
        if (failure instanceof ResourceInitializationException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw (Error) failure; // a Creator throws nothing else
        }
        return created;
    }
}
