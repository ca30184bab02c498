package org.lectern.pipeline.run;

import java.nio.file.Path;

/**
 * One input file.
 *
 * @param file     absolute path
 * @param relative path relative to the reader's source folder, e.g. {@code world/a.txt}
 */
public record InputDocument(Path file, Path relative) {

    /** The relative path with its extension replaced, e.g. {@code world/a.xmi} for {@code ".xmi"}. */
    public Path output(Path targetFolder, String extension) {
        return targetFolder.resolve(outputPath(relative, extension));
    }

    /** {@code relative} with its extension replaced, e.g. {@code world/a.xmi} for {@code world/a.txt}. */
    public static Path outputPath(Path relative, String extension) {
        String fileName = relative.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        Path parent = relative.getParent();
        Path name = Path.of(stem + extension);
        return parent == null ? name : parent.resolve(name);
    }

    public String fileName() {
        return relative.getFileName().toString();
    }
}
