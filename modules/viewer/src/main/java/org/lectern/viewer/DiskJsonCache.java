package org.lectern.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents' JSON on disk, in a temporary folder outside the served one: reopening a document costs a file read
 * instead of an XMI parse. Failures to cache are logged and otherwise ignored (the JSON is then built again).
 */
final class DiskJsonCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskJsonCache.class);

    private final Path folder;

    DiskJsonCache() throws IOException {
        this.folder = Files.createTempDirectory("lectern-viewer-cache");
    }

    /** The cached JSON for {@code key}, or null. */
    byte[] get(String key) {
        try {
            return Files.readAllBytes(fileOf(key));
        } catch (IOException e) {
            return null;
        }
    }

    void put(String key, byte[] json) {
        try {
            Path temp = Files.createTempFile(folder, "part-", ".tmp");
            Files.write(temp, json);
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
