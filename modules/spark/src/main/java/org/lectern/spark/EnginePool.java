package org.lectern.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.lectern.pipeline.run.EngineInstance;
import org.lectern.pipeline.run.StepLocator;

/**
 * The engines of one executor JVM. A task borrows one for its whole partition and gives it back afterwards, so
 * an engine serves one task thread at a time and is reused by the next partitions; at most one engine per task
 * slot is ever built (engines are only created when every existing one is busy). Only the latest pipeline's
 * engines are kept: a JVM that runs another pipeline releases the older ones.
 */
final class EnginePool {

    /** An engine lent to a task; {@code created} when it was built for that task. */
    record Lease(EngineInstance instance, boolean created) {}

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final Deque<EngineInstance> IDLE = new ArrayDeque<>();
    private static String idleKey = "";
    private static volatile Steps steps = new Steps("", null);

    /** The step locator of the pipeline with the engines' key: parsed once per JVM, not once per task. */
    private record Steps(String key, StepLocator locator) {}

    private EnginePool() {}

    static Lease borrow(ShippedPipeline pipeline) throws ResourceInitializationException {
        synchronized (EnginePool.class) {
            if (pipeline.engineKey().equals(idleKey) && !IDLE.isEmpty()) {
                return new Lease(IDLE.pop(), false);
            }
        }
        // built outside the lock, so that the slots of an executor start in parallel
        EngineInstance instance = create(pipeline);
        CREATED.incrementAndGet();
        return new Lease(instance, true);
    }

    static void giveBack(ShippedPipeline pipeline, EngineInstance instance) {
        synchronized (EnginePool.class) {
            if (!pipeline.engineKey().equals(idleKey)) {
                IDLE.forEach(idle -> idle.engine().destroy());
                IDLE.clear();
                idleKey = pipeline.engineKey();
            }
            IDLE.push(instance);
        }
    }

    /** Destroys an engine whose task failed mid-partition: its state is unknown. */
    static void discard(EngineInstance instance) {
        instance.engine().destroy();
    }

    /** Engines built in this JVM so far. */
    static int created() {
        return CREATED.get();
    }

    /**
     * Builds an engine with the thread's context class loader, which on an executor is the one that sees the job
     * jar and the jars given with {@code --jars} (plugins), so that UIMA finds annotator and JCas classes there.
     */
    private static EngineInstance create(ShippedPipeline pipeline) throws ResourceInitializationException {
        ResourceManager resourceManager = UIMAFramework.newDefaultResourceManager();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader != null && loader != EnginePool.class.getClassLoader()) {
            resourceManager.setExtensionClassLoader(loader, true);
        }
        try {
            TypeSystemDescription types = UIMAFramework.getXMLParser()
                    .parseTypeSystemDescription(new XMLInputSource(stream(pipeline.typeSystemXml()), null));
            return EngineInstance.create(description(pipeline), types, resourceManager);
        } catch (InvalidXMLException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** Names the step a thread is in, for the pipeline's engines (one locator per JVM and pipeline). */
    static StepLocator steps(ShippedPipeline pipeline) {
        Steps known = steps;
        if (!known.key().equals(pipeline.engineKey())) {
            known = new Steps(pipeline.engineKey(), new StepLocator(description(pipeline)));
            steps = known;
        }
        return known.locator();
    }

    /** The shipped aggregate engine description, parsed. */
    static AnalysisEngineDescription description(ShippedPipeline pipeline) {
        try {
            return UIMAFramework.getXMLParser()
                    .parseAnalysisEngineDescription(new XMLInputSource(stream(pipeline.engineXml()), null));
        } catch (InvalidXMLException e) {
            throw new IllegalStateException("the shipped engine description cannot be read: " + e, e);
        }
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
