package org.lectern.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file's modification time and size: a changed stamp means the file must be read again. */
record FileStamp(long lastModified, long size) {

    /** The file's stamp now; -1 for what cannot be read (a vanished file then differs from any earlier stamp). */
    static FileStamp of(Path file) {
        long modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            modified = -1;
        }
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new FileStamp(modified, size);
    }
}
