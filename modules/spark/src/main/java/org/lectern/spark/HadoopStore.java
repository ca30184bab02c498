package org.lectern.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.lectern.io.AtomicFiles;
import org.lectern.pipeline.run.InputPattern;

/**
 * Files on a Hadoop file system, written so that no reader ever sees a torn one: the content goes to a hidden
 * temporary file beside the target, which is renamed over it when complete. Task retries and speculative
 * attempts write the same content under the same name, so they never leave duplicates. Local files are written
 * without Hadoop's {@code .crc} side files, so that the output folder looks as the local runner leaves it.
 */
final class HadoopStore {

    private final Configuration configuration;

    HadoopStore(Configuration configuration) {
        this.configuration = configuration;
    }

    /** A store with the driver's Hadoop settings, on an executor. */
    static HadoopStore of(Map<String, String> settings) {
        Configuration configuration = new Configuration(false);
        settings.forEach(configuration::set);
        return new HadoopStore(configuration);
    }

    FileSystem fileSystem(Path path) throws IOException {
        FileSystem fs = path.getFileSystem(configuration);
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    /** The files under {@code root} that {@code pattern} selects, sorted by relative path. */
    List<DocumentRef> list(String root, InputPattern pattern) throws IOException {
        Path rootPath = new Path(root);
        FileSystem fs = fileSystem(rootPath);
        if (!fs.getFileStatus(rootPath).isDirectory()) {
            throw new IOException("reader source is not a folder: " + root);
        }
        String prefix = rootPath.toUri().getPath();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        List<DocumentRef> documents = new ArrayList<>();
        addFiles(fs, rootPath, prefix, pattern, documents);
        documents.sort(Comparator.comparing(DocumentRef::relative));
        return documents;
    }

    /**
     * Walks the folder with {@code listStatusIterator}, not {@code listFiles}: the latter's located statuses read
     * each file's permissions, which the local file system does by running {@code ls} once per file when Hadoop's
     * native library is absent (about 15 s for 1,698 files).
     */
    private static void addFiles(
            FileSystem fs, Path folder, String prefix, InputPattern pattern, List<DocumentRef> documents)
            throws IOException {
        RemoteIterator<FileStatus> entries = fs.listStatusIterator(folder);
        while (entries.hasNext()) {
            FileStatus entry = entries.next();
            if (entry.isDirectory()) {
                addFiles(fs, entry.getPath(), prefix, pattern, documents);
                continue;
            }
            String relative = entry.getPath().toUri().getPath().substring(prefix.length());
            if (entry.isFile() && pattern.matches(java.nio.file.Path.of(relative))) {
                documents.add(new DocumentRef(
                        relative, entry.getPath().toString(), entry.getModificationTime(), entry.getLen()));
            }
        }
    }

    byte[] read(String uri) throws IOException {
        Path path = new Path(uri);
        try (InputStream in = fileSystem(path).open(path)) {
            return in.readAllBytes();
        }
    }

    /** The file's status, or null when it does not exist. */
    FileStatus statusOrNull(Path path) throws IOException {
        try {
            return fileSystem(path).getFileStatus(path);
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    /** Writes {@code target} through a temporary file renamed over it. */
    void write(Path target, AtomicFiles.Content content) throws IOException {
        FileSystem fs = fileSystem(target);
        if (fs instanceof RawLocalFileSystem local) {
            // Hadoop's local file system runs chmod for every file it creates when its native library is absent
            // (a fork of the whole executor per document): local files are written as the local runner does
            AtomicFiles.write(local.pathToFile(target).toPath(), content);
            return;
        }
        Path temp = new Path(target.getParent(), "." + target.getName() + AtomicFiles.TEMP_MARK + UUID.randomUUID());
        try {
            try (OutputStream out = fs.create(temp, true)) {
                content.writeTo(out);
            }
            // HDFS does not rename over an existing file; the local file system does
            if (!fs.rename(temp, target) && !(fs.delete(target, false) && fs.rename(temp, target))) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        } catch (Exception e) {
            fs.delete(temp, false);
            throw e instanceof IOException io ? io : new IOException("cannot write " + target + ": " + e, e);
        }
    }

    /**
     * Creates {@code folder}, removes temporary files that killed runs left in it (not recursively, as the local
     * runner does) and an earlier run's {@code _SUCCESS}, which must only mark a complete output.
     */
    void prepare(Path folder, String successMarker) throws IOException {
        FileSystem fs = fileSystem(folder);
        fs.mkdirs(folder);
        FileStatus[] leftovers = fs.globStatus(new Path(folder, "*" + AtomicFiles.TEMP_MARK + "*"));
        for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
            fs.delete(leftover.getPath(), false);
        }
        fs.delete(new Path(folder, successMarker), false);
    }
}
