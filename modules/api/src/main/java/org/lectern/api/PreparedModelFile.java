package org.lectern.api;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model kept as a prepared file in the folder the launcher names with the system property {@value
 * #FOLDER_PROPERTY} (issue 18: start-up): read when there is one for the same source (the format and the jars it was
 * built from), else built and stored, and then, when {@code readBack}, used as read from the stored file (to map it
 * outside the heap). Without the folder nothing is stored. A file that cannot be read or written costs a rebuild
 * and a warning, never the run.
 *
 * @param <T> the model
 */
public final class PreparedModelFile<T> {

    /** System property: the folder that keeps prepared model files. */
    public static final String FOLDER_PROPERTY = "lectern.modelCache";

    private static final Logger LOG = LoggerFactory.getLogger(PreparedModelFile.class);

    /** Reads a stored model; null when the file is missing or was made from another source. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path file, String source) throws IOException;
    }

    /** Stores a model with the source it was made from. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(Path file, String source, T model) throws IOException;
    }

    /** Builds the model from its original data. */
    @FunctionalInterface
    public interface Builder<T, E extends Exception> {
        T build() throws E;
    }

    private final String fileName;
    private final String what;
    private final Reader<T> reader;
    private final Writer<T> writer;
    private final boolean readBack;

    public PreparedModelFile(String fileName, String what, Reader<T> reader, Writer<T> writer, boolean readBack) {
        this.fileName = fileName;
        this.what = what;
        this.reader = reader;
        this.writer = writer;
        this.readBack = readBack;
    }

    /** The prepared model if there is one for {@code source}, else {@code build}'s, which is then stored. */
    public <E extends Exception> T readOrBuild(String source, Builder<T, E> build) throws E {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return build.build();
        }
        Path file = Path.of(folder, fileName);
        try {
            long start = System.nanoTime();
            T prepared = reader.read(file, source);
            if (prepared != null) {
                LOG.info("{} read from {} in {} ms", what, file, (System.nanoTime() - start) / 1_000_000);
                return prepared;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the prepared {} {} ({}); building it again", what, file, e.toString());
        }
        T built = build.build();
        try {
            writer.write(file, source, built);
            T stored = readBack ? reader.read(file, source) : null;
            return stored != null ? stored : built;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot store the {} in {}: {}", what, file, e.toString());
            return built;
        }
    }
}
