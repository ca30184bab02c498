package org.lectern.pipeline.run;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/** Which files under a reader's source folder are documents: the reader's glob, matched on the relative path. */
public final class InputPattern {

    private final PathMatcher matcher;

    public InputPattern(String glob) {
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** Whether the file at {@code relative} (to the source folder) is a document to read. */
    public boolean matches(Path relative) {
        // "**/*.txt" needs a folder in java.nio globs: also match files at the top level
        return (matcher.matches(relative) || matcher.matches(Path.of("_").resolve(relative)))
                && !relative.getFileName().toString().equals("TypeSystem.xml");
    }
}
