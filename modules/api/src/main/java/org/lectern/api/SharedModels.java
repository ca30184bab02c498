package org.lectern.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Heavy read-only models (n-gram indexes, CRF classifiers, gazetteers, language models) loaded once per JVM and
 * shared by every worker's engines: the one place annotators keep such models, instead of a static field each.
 *
 * <p>Different models load in parallel (a worker waits only for the model it asks for); a load that throws is
 * not remembered, so the next caller tries again and sees the error itself.
 */
public final class SharedModels {

    private static final ConcurrentMap<String, CompletableFuture<Object>> MODELS = new ConcurrentHashMap<>();

    private SharedModels() {}

    /**
     * The model under {@code key} (name it after its class and location, e.g. {@code "crf:" + path}), loaded by
     * {@code load} on first use.
     */
    public static <T> T get(String key, Class<T> type, Supplier<? extends T> load) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = MODELS.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(load.get());
            } catch (RuntimeException | Error e) {
                MODELS.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            return type.cast(mine.join());
        }
        try {
            return type.cast(existing.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for model " + key, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading model " + key + " failed: " + e.getCause(), e.getCause());
        }
    }
}
