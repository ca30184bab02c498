package org.lectern.viewer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents' JSON on disk, in a temporary folder outside the served one: reopening a document costs a file read
 * instead of an XMI parse. One file per key, headed by the stamp of the XMI it was made from, so a rewritten XMI
 * replaces its file and a viewer serving a changing folder for weeks keeps one file per document. Failures to
 * cache are logged and otherwise ignored (the JSON is then built again).
 */
final class DiskJsonCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskJsonCache.class);

    private final Path folder;

    DiskJsonCache() throws IOException {
        this(Files.createTempDirectory("lectern-viewer-cache"));
    }

    DiskJsonCache(Path folder) {
        this.folder = folder;
    }

    private static final int HEADER = 2 * Long.BYTES;

    /** The JSON cached for {@code key} if it was made from the file as {@code stamp} describes it, else null. */
    byte[] get(String key, FileStamp stamp) {
        byte[] cached;
        try {
            cached = Files.readAllBytes(fileOf(key));
        } catch (IOException e) {
            return null;
        }
        if (cached.length < HEADER) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(cached, 0, HEADER);
        FileStamp cachedStamp = new FileStamp(header.getLong(), header.getLong());
        return cachedStamp.equals(stamp) ? Arrays.copyOfRange(cached, HEADER, cached.length) : null;
    }

    void put(String key, FileStamp stamp, byte[] json) {
        try {
            Path temp = Files.createTempFile(folder, "part-", ".tmp");
            ByteBuffer header =
                    ByteBuffer.allocate(HEADER).putLong(stamp.lastModified()).putLong(stamp.size());
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(header.array());
                out.write(json);
            }
            Files.move(temp, fileOf(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot cache a document's JSON in {}: {}", folder, e.toString());
        }
    }

    /** Keys hold document ids, which may contain anything: the file is named by their hash. */
    private Path fileOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> cached = Files.list(folder)) {
            for (Path file : cached.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
