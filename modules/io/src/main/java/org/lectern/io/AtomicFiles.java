package org.lectern.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a hidden temporary file in
 * the same folder, which is renamed over the target only when complete. A run killed mid-write leaves at most a
 * temporary file, which the next run removes.
 */
public final class AtomicFiles {

    /** Part of every temporary file's name, so that leftovers of killed runs can be found. */
    public static final String TEMP_MARK = ".lectern-tmp-";

    /** Writes one file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFiles() {}

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + TEMP_MARK, "");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Exception e) {
            Files.deleteIfExists(temp);
            throw e instanceof IOException io ? io : new IOException("cannot write " + target + ": " + e, e);
        }
    }

    /** Removes temporary files left in {@code folder} (not recursively) by a killed earlier run. */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TEMP_MARK + "*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
