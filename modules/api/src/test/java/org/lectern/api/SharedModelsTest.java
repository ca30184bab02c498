package org.lectern.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedModelsTest {

    @Test
    void concurrentCallersShareOneLoad() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<StringBuilder>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return SharedModels.get("test:slow", StringBuilder.class, () -> {
                    loads.incrementAndGet();
                    sleep(50);
                    return new StringBuilder("model");
                });
            }));
        }
        start.countDown();
        StringBuilder first = results.get(0).get();
        for (Future<StringBuilder> result : results) {
            assertThat(result.get()).isSameAs(first);
        }
        pool.shutdown();
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailedLoadIsTriedAgain() {
        assertThatThrownBy(() -> SharedModels.get("test:flaky", String.class, () -> {
                    throw new IllegalStateException("model file missing");
                }))
                .hasMessage("model file missing");
        assertThat(SharedModels.get("test:flaky", String.class, () -> "loaded")).isEqualTo("loaded");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
