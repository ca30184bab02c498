package org.lectern.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.TypeSystemUtil;
import org.lectern.pipeline.run.DocumentFailure;
import org.lectern.pipeline.run.EngineInstance;
import org.lectern.pipeline.run.StepLocator;
import org.xml.sax.SAXException;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The work of one task: borrow the executor's engine for this slot (built on first use), run every document of
 * the partition through it, give it back. An engine that cannot start fails the task, so that Spark retries it.
 * A document over the time limit leaves its engine behind with it ({@link DocumentTimer}); the task borrows
 * another for the rest of the partition.
 */
final class PartitionTask extends AbstractFunction2<TaskContext, Iterator<DocumentRef>, PartitionResult>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    // a broadcast, so that an executor deserialises the pipeline (engine and type system XML, Hadoop settings:
    // about 2 MB) once, not once per task
    private final Broadcast<ShippedPipeline> shipped;

    PartitionTask(Broadcast<ShippedPipeline> shipped) {
        this.shipped = shipped;
    }

    @Override
    public PartitionResult apply(TaskContext context, Iterator<DocumentRef> documents) {
        ShippedPipeline pipeline = shipped.value();
        EnginePool.Lease lease = borrow(pipeline);
        int created = lease.created() ? 1 : 0;
        EngineInstance worker = lease.instance();
        StepLocator steps = EnginePool.steps(pipeline);
        DocumentProcessor processor = new DocumentProcessor(pipeline, HadoopStore.of(pipeline.hadoopSettings()), steps);
        List<DocumentResult> results = new ArrayList<>();
        boolean completed = false;
        try (DocumentTimer timer = new DocumentTimer(pipeline.limits(), steps)) {
            while (documents.hasNext()) {
                DocumentRef doc = documents.next();
                EngineInstance engine = worker;
                DocumentResult outcome =
                        timer.run(doc, () -> processor.annotate(doc, engine), () -> EnginePool.discard(engine));
                if (outcome != null && DocumentFailure.TIMEOUT.equals(outcome.stage())) {
                    lease = borrow(pipeline);
                    created += lease.created() ? 1 : 0;
                    worker = lease.instance();
                }
                results.add(outcome != null ? outcome : processor.write(doc, worker));
            }
            String typeSystem = context.partitionId() == 0 ? typeSystemXml(worker) : null;
            completed = true;
            return new PartitionResult(results, created, typeSystem);
        } finally {
            if (completed) {
                EnginePool.giveBack(pipeline, worker);
            } else {
                EnginePool.discard(worker);
            }
        }
    }

    private static EnginePool.Lease borrow(ShippedPipeline pipeline) {
        try {
            return EnginePool.borrow(pipeline);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("the engine of pipeline " + pipeline.name() + " cannot start: " + e, e);
        }
    }

    /** What the local runner writes as {@code TypeSystem.xml}: the type system of the CAS the engine fills. */
    private static String typeSystemXml(EngineInstance worker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TypeSystemUtil.typeSystem2TypeSystemDescription(worker.cas().getTypeSystem())
                    .toXML(out);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot write the type system as XML: " + e, e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
