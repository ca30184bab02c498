package org.lectern.pipeline.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.lectern.io.AtomicFiles;
import org.lectern.io.TypeSystemFile;
import org.lectern.pipeline.config.WriterSpec;

/**
 * The writer side of a run: XMI (plus one {@code TypeSystem.xml} per output folder) and gold-schema JSON, each
 * written atomically, and the up-to-date check that lets a re-run skip finished documents.
 */
public final class DocumentWriters {

    private final List<WriterSpec> writers;
    private final String pipelineName;
    private final String pipelineSha256;

    public DocumentWriters(List<WriterSpec> writers, String pipelineName, String pipelineSha256) {
        this.writers = writers;
        this.pipelineName = pipelineName;
        this.pipelineSha256 = pipelineSha256;
    }

    /** The distinct output folders. */
    public Set<Path> targets() {
        Set<Path> targets = new TreeSet<>();
        writers.forEach(w -> targets.add(w.target()));
        return targets;
    }

    /** Creates the output folders, clears leftovers of killed runs, writes {@code TypeSystem.xml} where XMI goes. */
    public void prepare(CAS typeSystemSource) throws IOException {
        for (Path target : targets()) {
            Files.createDirectories(target);
            AtomicFiles.removeLeftovers(target);
        }
        for (WriterSpec writer : writers) {
            if (WriterSpec.XMI.equals(writer.type())) {
                TypeSystemFile.write(writer.target(), typeSystemSource.getTypeSystem());
            }
        }
    }

    /**
     * Whether every output of {@code doc} exists, is newer than the input, and (for XMI) was made by this same
     * pipeline file.
     */
    public boolean upToDate(InputDocument doc) throws IOException {
        FileTime inputTime = Files.getLastModifiedTime(doc.file());
        for (WriterSpec writer : writers) {
            Path out = doc.output(writer.target(), extension(writer));
            if (!Files.isRegularFile(out) || Files.getLastModifiedTime(out).compareTo(inputTime) <= 0) {
                return false;
            }
            if (WriterSpec.XMI.equals(writer.type()) && !madeByThisPipeline(out)) {
                return false;
            }
        }
        return true;
    }

    private boolean madeByThisPipeline(Path xmi) throws IOException {
        try (InputStream in = Files.newInputStream(xmi)) {
            return OutputFormats.madeBy(in, pipelineSha256);
        }
    }

    /** Records provenance in the CAS and writes every output of {@code doc}. */
    public void write(InputDocument doc, CAS cas) throws DocumentFailure {
        try {
            OutputFormats.markRun(cas, pipelineName, pipelineSha256);
            for (WriterSpec writer : writers) {
                Path out = doc.output(writer.target(), extension(writer));
                AtomicFiles.write(out, OutputFormats.content(writer.type(), cas, doc.fileName()));
            }
        } catch (IOException | CASException | RuntimeException e) {
            throw new DocumentFailure("write", "cannot write output: " + e, e);
        }
    }

    private static String extension(WriterSpec writer) {
        return OutputFormats.extension(writer.type());
    }
}
