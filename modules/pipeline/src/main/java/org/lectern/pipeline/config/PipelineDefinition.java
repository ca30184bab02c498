package org.lectern.pipeline.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;

/**
 * A validated pipeline file.
 *
 * @param file              the pipeline file, absolute
 * @param sha256            hex SHA-256 of the file's bytes (identifies the pipeline that made an output)
 * @param name              the {@code name} attribute, or the file name without extension
 * @param reader            where documents come from
 * @param writers           where results go, in file order
 * @param engineDescription aggregate of all annotator steps in file order (fixed flow)
 * @param docTimeout        the {@code docTimeout} attribute (0 = no limit), or null when absent
 */
public record PipelineDefinition(
        Path file,
        String sha256,
        String name,
        ReaderSpec reader,
        List<WriterSpec> writers,
        AnalysisEngineDescription engineDescription,
        Duration docTimeout) {

    public PipelineDefinition {
        writers = List.copyOf(writers);
    }

    /** A pipeline without its own document time limit. */
    public PipelineDefinition(
            Path file,
            String sha256,
            String name,
            ReaderSpec reader,
            List<WriterSpec> writers,
            AnalysisEngineDescription engineDescription) {
        this(file, sha256, name, reader, writers, engineDescription, null);
    }

    /** This pipeline reading from {@code dir} instead (the command line's {@code --input}). */
    public PipelineDefinition withInput(Path dir) {
        return new PipelineDefinition(
                file,
                sha256,
                name,
                reader.withSource(dir.toAbsolutePath().normalize()),
                writers,
                engineDescription,
                docTimeout);
    }

    /**
     * This pipeline writing to {@code dir} instead (the command line's {@code --output}): every writer targets
     * {@code dir}; XMI and JSON files differ by extension, so the two writers can share it.
     */
    public PipelineDefinition withOutput(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        return new PipelineDefinition(
                file,
                sha256,
                name,
                reader,
                writers.stream().map(w -> w.withTarget(target)).toList(),
                engineDescription,
                docTimeout);
    }
}
