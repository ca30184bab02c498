package org.lectern.annotator.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CompactNgramModels} index as a prepared file: a header naming the format and the Lingua jar the index
 * was built from, then its six arrays, raw. Reading it takes a fraction of a second where building the index from
 * Lingua's JSON takes seconds of both cores (issue 18: start-up); a file for another Lingua jar is ignored.
 * The launcher names the folder with the system property {@value #FOLDER_PROPERTY}; without it, nothing is stored.
 */
final class NgramIndexFile {

    /** System property: the folder that keeps prepared model files. */
    static final String FOLDER_PROPERTY = "lectern.modelCache";

    private static final String FILE_NAME = "lingua-compact-ngrams.bin";
    private static final Logger LOG = LoggerFactory.getLogger(NgramIndexFile.class);

    private static final int MAGIC = 0x4c4e4731; // "LNG1"
    private static final int ARRAYS = 6;
    private static final int CHUNK_BYTES = 1 << 22;

    /** Moves up to {@code count} elements between a chunk of the file and an array at {@code offset}. */
    private interface Transfer {
        void apply(ByteBuffer chunk, int offset, int count);
    }

    private NgramIndexFile() {}

    /** The prepared index if there is one for this Lingua jar, else {@code build}'s, which is then stored. */
    static CompactNgramModels readOrBuild(Supplier<CompactNgramModels> build) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return build.get();
        }
        Path file = Path.of(folder, FILE_NAME);
        String source = source();
        try {
            long start = System.nanoTime();
            CompactNgramModels prepared = read(file, source);
            if (prepared != null) {
                LOG.info("Lingua n-gram index read from {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
                return prepared;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the prepared n-gram index {} ({}); building it again", file, e.toString());
        }
        CompactNgramModels built = build.get();
        try {
            write(file, source, built);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot store the n-gram index in {}: {}", file, e.toString());
        }
        return built;
    }

    /** What the index is built from: this format and the Lingua jar (its name carries the version). */
    private static String source() {
        var codeSource = Language.class.getProtectionDomain().getCodeSource();
        String jar = codeSource == null
                ? "unknown"
                : Path.of(codeSource.getLocation().getPath()).getFileName().toString();
        return "lectern compact n-grams 1, " + jar;
    }

    /** The index in {@code file} if it was built from {@code source}, else null. */
    static CompactNgramModels read(Path file, String source) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = buffer(8 + 4 * ARRAYS);
            readFully(channel, header.clear());
            header.flip();
            if (header.getInt() != MAGIC) {
                return null;
            }
            ByteBuffer name = ByteBuffer.allocate(header.getInt());
            int[] lengths = new int[ARRAYS];
            for (int i = 0; i < ARRAYS; i++) {
                lengths[i] = header.getInt();
            }
            readFully(channel, name);
            if (!new String(name.array(), StandardCharsets.UTF_8).equals(source)) {
                return null;
            }
            short[] codes = new short[lengths[0]];
            char[] characters = new char[lengths[1]];
            long[] keys = new long[lengths[2]];
            int[] postingStarts = new int[lengths[3]];
            byte[] postingLanguages = new byte[lengths[4]];
            float[] postingLnProbabilities = new float[lengths[5]];
            ByteBuffer chunk = buffer(CHUNK_BYTES);
            read(channel, chunk, 2, codes.length, (b, o, n) -> b.asShortBuffer().get(codes, o, n));
            read(
                    channel,
                    chunk,
                    2,
                    characters.length,
                    (b, o, n) -> b.asCharBuffer().get(characters, o, n));
            read(channel, chunk, 8, keys.length, (b, o, n) -> b.asLongBuffer().get(keys, o, n));
            read(
                    channel,
                    chunk,
                    4,
                    postingStarts.length,
                    (b, o, n) -> b.asIntBuffer().get(postingStarts, o, n));
            read(channel, chunk, 1, postingLanguages.length, (b, o, n) -> b.get(postingLanguages, o, n));
            read(
                    channel,
                    chunk,
                    4,
                    postingLnProbabilities.length,
                    (b, o, n) -> b.asFloatBuffer().get(postingLnProbabilities, o, n));
            return new CompactNgramModels(
                    codes, characters, keys, postingStarts, postingLanguages, postingLnProbabilities);
        }
    }

    /** Writes the index of {@code models} to {@code file} (through a temporary file, so readers never see half). */
    static void write(Path file, String source, CompactNgramModels models) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] name = source.getBytes(StandardCharsets.UTF_8);
                ByteBuffer header = buffer(8 + 4 * ARRAYS + name.length)
                        .putInt(MAGIC)
                        .putInt(name.length)
                        .putInt(models.codes.length)
                        .putInt(models.characters.length)
                        .putInt(models.keys.length)
                        .putInt(models.postingStarts.length)
                        .putInt(models.postingLanguages.length)
                        .putInt(models.postingLnProbabilities.length)
                        .put(name);
                writeFully(channel, header.flip());
                ByteBuffer chunk = buffer(CHUNK_BYTES);
                write(
                        channel,
                        chunk,
                        2,
                        models.codes.length,
                        (b, o, n) -> b.asShortBuffer().put(models.codes, o, n));
                write(
                        channel,
                        chunk,
                        2,
                        models.characters.length,
                        (b, o, n) -> b.asCharBuffer().put(models.characters, o, n));
                write(
                        channel,
                        chunk,
                        8,
                        models.keys.length,
                        (b, o, n) -> b.asLongBuffer().put(models.keys, o, n));
                write(
                        channel,
                        chunk,
                        4,
                        models.postingStarts.length,
                        (b, o, n) -> b.asIntBuffer().put(models.postingStarts, o, n));
                write(
                        channel,
                        chunk,
                        1,
                        models.postingLanguages.length,
                        (b, o, n) -> b.put(models.postingLanguages, o, n));
                write(
                        channel,
                        chunk,
                        4,
                        models.postingLnProbabilities.length,
                        (b, o, n) -> b.asFloatBuffer().put(models.postingLnProbabilities, o, n));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void read(FileChannel channel, ByteBuffer chunk, int bytes, int length, Transfer transfer)
            throws IOException {
        int perChunk = CHUNK_BYTES / bytes;
        for (int offset = 0; offset < length; offset += perChunk) {
            int count = Math.min(perChunk, length - offset);
            readFully(channel, chunk.clear().limit(count * bytes));
            transfer.apply(chunk.flip(), offset, count);
        }
    }

    private static void write(FileChannel channel, ByteBuffer chunk, int bytes, int length, Transfer transfer)
            throws IOException {
        int perChunk = CHUNK_BYTES / bytes;
        for (int offset = 0; offset < length; offset += perChunk) {
            int count = Math.min(perChunk, length - offset);
            chunk.clear();
            transfer.apply(chunk, offset, count);
            writeFully(channel, chunk.position(count * bytes).flip());
        }
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
