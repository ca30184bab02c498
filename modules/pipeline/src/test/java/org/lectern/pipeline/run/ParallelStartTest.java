package org.lectern.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;

class ParallelStartTest {

    @Test
    void createsEachOnAThreadOfItsOwnAtTheSameTime() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(3);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger numbers = new AtomicInteger();

        List<Integer> created = ParallelStart.create(3, () -> {
            threads.add(Thread.currentThread());
            allStarted.countDown();
            try { // would time out if the three were created one after the other
                assertThat(allStarted.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new ResourceInitializationException(e);
            }
            return numbers.incrementAndGet();
        });

        assertThat(created).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(threads).hasSize(3).contains(Thread.currentThread());
    }

    @Test
    void aFailureIsThrownOnceAllHaveEnded() {
        AtomicInteger ended = new AtomicInteger();
        ResourceInitializationException failure = new ResourceInitializationException(new IllegalStateException("x"));

        assertThatThrownBy(() -> ParallelStart.create(3, () -> {
                    try {
                        if (!Thread.currentThread().getName().startsWith("lectern-start-worker-1")) {
                            Thread.sleep(200);
                            return 0;
                        }
                        throw failure;
                    } catch (InterruptedException e) {
                        throw new ResourceInitializationException(e);
                    } finally {
                        ended.incrementAndGet();
                    }
                }))
                .isSameAs(failure);
        assertThat(ended).hasValue(3);
    }

    @Test
    void oneIsCreatedOnTheCallingThread() throws Exception {
        assertThat(ParallelStart.create(1, () -> Thread.currentThread())).containsExactly(Thread.currentThread());
    }
}
