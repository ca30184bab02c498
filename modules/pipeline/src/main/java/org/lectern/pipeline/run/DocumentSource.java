package org.lectern.pipeline.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.lectern.pipeline.config.ReaderSpec;

/**
 * The reader side of a run: lists the input files matching the reader's glob and loads one into a CAS (decoded
 * by {@link CasFiller}).
 */
public final class DocumentSource {

    private final ReaderSpec spec;
    private final CasFiller filler;

    public DocumentSource(ReaderSpec spec) {
        this.spec = spec;
        this.filler = new CasFiller(spec.type(), spec.encoding(), spec.language());
    }

    /** The input files, sorted by relative path so that runs are reproducible. */
    public List<InputDocument> list() throws IOException {
        Path source = spec.source();
        if (!Files.isDirectory(source)) {
            throw new IOException("reader source is not a folder: " + source);
        }
        InputPattern pattern = new InputPattern(spec.pattern());
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> new InputDocument(file, source.relativize(file)))
                    .filter(doc -> pattern.matches(doc.relative()))
                    .sorted((a, b) ->
                            a.relative().toString().compareTo(b.relative().toString()))
                    .toList();
        }
    }

    /** Resets {@code cas} and fills it with {@code doc}. */
    public void load(InputDocument doc, CAS cas) throws DocumentFailure {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(doc.file());
        } catch (IOException e) {
            throw new DocumentFailure("read", (filler.readsXmi() ? "cannot load XMI: " : "cannot read file: ") + e, e);
        }
        filler.fill(
                cas,
                bytes,
                new DocumentIdentity(
                        doc.relative().toString(),
                        doc.fileName(),
                        doc.file().toUri().toString(),
                        spec.source().toUri().toString()));
    }
}
