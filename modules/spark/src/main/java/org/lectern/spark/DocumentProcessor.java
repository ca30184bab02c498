package org.lectern.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.lectern.pipeline.config.WriterSpec;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.CasFiller;
import org.lectern.pipeline.run.DocumentFailure;
import org.lectern.pipeline.run.DocumentIdentity;
import org.lectern.pipeline.run.EngineInstance;
import org.lectern.pipeline.run.InputDocument;
import org.lectern.pipeline.run.OutputFormats;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.StepLocator;

/**
 * One document through one engine inside a task, as the local runner does it: skip it when its outputs are up
 * to date, check its size, read its bytes, decode them ({@link CasFiller}), annotate, write every output. A
 * document that cannot be read, annotated or written is reported and the others go on; an {@link Error} fails
 * the task. The first part ({@link #annotate}) is what the time limit applies to, as in the local runner.
 */
final class DocumentProcessor {

    private final ShippedPipeline pipeline;
    private final HadoopStore store;
    private final CasFiller filler;
    private final StepLocator steps;

    DocumentProcessor(ShippedPipeline pipeline, HadoopStore store, StepLocator steps) {
        this.pipeline = pipeline;
        this.store = store;
        this.steps = steps;
        ShippedPipeline.ReaderSettings reader = pipeline.reader();
        this.filler = new CasFiller(reader.type(), Charset.forName(reader.encoding()), reader.language());
    }

    DocumentResult process(DocumentRef doc, EngineInstance worker) {
        DocumentResult outcome = annotate(doc, worker);
        return outcome != null ? outcome : write(doc, worker);
    }

    /**
     * Skips, or reads and annotates the document into the worker's CAS: its result when it is skipped or failed,
     * null when it is annotated and waits for {@link #write}.
     */
    DocumentResult annotate(DocumentRef doc, EngineInstance worker) {
        try {
            if (!pipeline.force() && upToDate(doc)) {
                return DocumentResult.skipped(doc);
            }
            RunLimits.checkSize(doc.size(), pipeline.limits().maxDocumentBytes());
            byte[] bytes;
            try {
                bytes = store.read(doc.uri());
            } catch (IOException e) {
                throw new DocumentFailure(
                        DocumentFailure.READ, (filler.readsXmi() ? "cannot load XMI: " : "cannot read file: ") + e, e);
            }
            filler.fill(worker.cas(), bytes, identity(doc));
            try {
                worker.engine().process(worker.cas());
            } catch (AnalysisEngineProcessException | RuntimeException e) {
                String step = steps.stepOf(e);
                throw new DocumentFailure(
                        DocumentFailure.ANNOTATE,
                        step,
                        "annotator '" + step + "' failed: " + BatchRunner.rootMessage(e),
                        e);
            }
            return null;
        } catch (DocumentFailure e) {
            return DocumentResult.failed(doc, e);
        } catch (IOException e) {
            return DocumentResult.failed(
                    doc, new DocumentFailure(DocumentFailure.READ, "cannot check outputs: " + e, e));
        }
    }

    /** Writes every output of the document {@link #annotate} left in the worker's CAS. */
    DocumentResult write(DocumentRef doc, EngineInstance worker) {
        try {
            OutputFormats.markRun(worker.cas(), pipeline.name(), pipeline.sha256());
            for (OutputTarget output : pipeline.outputs()) {
                store.write(outputPath(output, doc), OutputFormats.content(output.type(), worker.cas(), fileName(doc)));
            }
        } catch (IOException | CASException | RuntimeException e) {
            return DocumentResult.failed(
                    doc, new DocumentFailure(DocumentFailure.WRITE, "cannot write output: " + e, e));
        }
        return DocumentResult.done(doc, BatchRunner.countWords(worker.cas().getDocumentText()));
    }

    /**
     * Every output exists, is newer than the input, was written before this job started (not by an earlier
     * attempt of this very task) and, for XMI, by this same pipeline file.
     */
    private boolean upToDate(DocumentRef doc) throws IOException {
        for (OutputTarget output : pipeline.outputs()) {
            Path out = outputPath(output, doc);
            FileStatus status = store.statusOrNull(out);
            if (status == null
                    || status.getModificationTime() <= doc.modified()
                    || status.getModificationTime() >= pipeline.jobStart()) {
                return false;
            }
            if (WriterSpec.XMI.equals(output.type()) && !madeByThisPipeline(out)) {
                return false;
            }
        }
        return true;
    }

    private boolean madeByThisPipeline(Path xmi) throws IOException {
        try (InputStream in = store.fileSystem(xmi).open(xmi)) {
            return OutputFormats.madeBy(in, pipeline.sha256());
        }
    }

    private static Path outputPath(OutputTarget output, DocumentRef doc) {
        String relative = InputDocument.outputPath(
                        java.nio.file.Path.of(doc.relative()), OutputFormats.extension(output.type()))
                .toString();
        return new Path(new Path(output.target()), relative);
    }

    /** The metadata the local runner records for the same file, so that both give the same XMI. */
    private DocumentIdentity identity(DocumentRef doc) {
        return new DocumentIdentity(
                doc.relative(), fileName(doc), RunTargets.localForm(doc.uri(), false), pipeline.baseUri());
    }

    private static String fileName(DocumentRef doc) {
        return new Path(URI.create(doc.uri())).getName();
    }
}
