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
import org.lectern.api.PreparedModelFile;

/**
 * The {@link CompactNgramModels} index as a prepared file: a header naming the format and the Lingua jar the index
 * was built from, then its six arrays, raw, each at a multiple of 8 bytes. The file is memory-mapped read-only and
 * the four large arrays are read in place: the index lives outside the heap, its pages shared by all threads and
 * loaded by the system as they are touched (issue 18: memory and start-up), where building it from Lingua's JSON
 * takes seconds of both cores; a file for another Lingua jar is ignored. The launcher names the folder with the
 * system property {@value #FOLDER_PROPERTY}; without it, nothing is stored and the index stays on the heap.
 */
final class NgramIndexFile {

    /** System property: the folder that keeps prepared model files. */
    static final String FOLDER_PROPERTY = PreparedModelFile.FOLDER_PROPERTY;

    /** The prepared file's name; the launcher tests for it to choose the heap (LauncherScriptTest). */
    static final String FILE_NAME = "lingua-compact-ngrams-2.bin"; // format 1 (read to the heap) had no suffix

    private static final int MAGIC = 0x4c4e4732; // "LNG2"
    private static final int ARRAYS = 6;
    private static final int HEADER_BYTES = 8 + 4 * ARRAYS;
    private static final int ALIGNMENT = 8;
    /** Bytes per element of the six arrays, in their order in the file. */
    private static final int[] ELEMENT_BYTES = {2, 2, 8, 4, 1, 4};

    private static final int CHUNK_BYTES = 1 << 22;

    private static final PreparedModelFile<CompactNgramModels> PREPARED = new PreparedModelFile<>(
            FILE_NAME, "Lingua n-gram index", NgramIndexFile::read, NgramIndexFile::write, true);

    /** Moves up to {@code count} elements from offset {@code offset} of an array into a chunk of the file. */
    private interface Transfer {
        void apply(ByteBuffer chunk, int offset, int count);
    }

    private NgramIndexFile() {}

    /** The prepared index if there is one for this Lingua jar, else {@code build}'s, which is stored and mapped. */
    static CompactNgramModels readOrBuild(Supplier<CompactNgramModels> build) {
        // read back after storing: the built arrays leave the heap
        return PREPARED.readOrBuild(source(), build::get);
    }

    /** What the index is built from: this format and the Lingua jar (its name carries the version). */
    private static String source() {
        var codeSource = Language.class.getProtectionDomain().getCodeSource();
        String jar = codeSource == null
                ? "unknown"
                : Path.of(codeSource.getLocation().getPath()).getFileName().toString();
        return "lectern compact n-grams 2, " + jar;
    }

    /** The index in {@code file}, mapped, if it was built from {@code source}, else null. */
    static CompactNgramModels read(Path file, String source) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ByteBuffer mapped;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < HEADER_BYTES || channel.size() > Integer.MAX_VALUE) {
                return null;
            }
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()); // stays valid after closing
        }
        mapped.order(ByteOrder.LITTLE_ENDIAN);
        if (mapped.getInt(0) != MAGIC) {
            return null;
        }
        byte[] name = new byte[mapped.getInt(4)];
        int[] lengths = new int[ARRAYS];
        for (int i = 0; i < ARRAYS; i++) {
            lengths[i] = mapped.getInt(8 + 4 * i);
        }
        if (HEADER_BYTES + name.length > mapped.capacity()) {
            return null;
        }
        mapped.get(HEADER_BYTES, name);
        if (!new String(name, StandardCharsets.UTF_8).equals(source)) {
            return null;
        }
        int[] starts = starts(name.length, lengths);
        if (starts[ARRAYS] != mapped.capacity()) {
            throw new IOException(file + ": " + mapped.capacity() + " bytes where the header says " + starts[ARRAYS]);
        }
        short[] codes = new short[lengths[0]];
        slice(mapped, starts, lengths, 0).asShortBuffer().get(codes);
        char[] characters = new char[lengths[1]];
        slice(mapped, starts, lengths, 1).asCharBuffer().get(characters);
        return new CompactNgramModels(
                codes,
                characters,
                slice(mapped, starts, lengths, 2).asLongBuffer(),
                slice(mapped, starts, lengths, 3).asIntBuffer(),
                slice(mapped, starts, lengths, 4),
                slice(mapped, starts, lengths, 5).asFloatBuffer());
    }

    /** Writes the index of {@code models} to {@code file} (through a temporary file, so readers never see half). */
    static void write(Path file, String source, CompactNgramModels models) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] name = source.getBytes(StandardCharsets.UTF_8);
                int[] lengths = {
                    models.codes.length,
                    models.characters.length,
                    models.keys.capacity(),
                    models.postingStarts.capacity(),
                    models.postingLanguages.capacity(),
                    models.postingLnProbabilities.capacity()
                };
                ByteBuffer header =
                        buffer(HEADER_BYTES + name.length).putInt(MAGIC).putInt(name.length);
                for (int length : lengths) {
                    header.putInt(length);
                }
                writeFully(channel, header.put(name).flip());
                int[] starts = starts(name.length, lengths);
                ByteBuffer chunk = buffer(CHUNK_BYTES);
                Transfer[] transfers = {
                    (b, o, n) -> b.asShortBuffer().put(models.codes, o, n),
                    (b, o, n) -> b.asCharBuffer().put(models.characters, o, n),
                    (b, o, n) -> b.asLongBuffer().put(models.keys.slice(o, n)),
                    (b, o, n) -> b.asIntBuffer().put(models.postingStarts.slice(o, n)),
                    (b, o, n) -> b.put(models.postingLanguages.slice(o, n)),
                    (b, o, n) -> b.asFloatBuffer().put(models.postingLnProbabilities.slice(o, n))
                };
                for (int i = 0; i < ARRAYS; i++) {
                    channel.position(starts[i]);
                    write(channel, chunk, ELEMENT_BYTES[i], lengths[i], transfers[i]);
                }
                if (channel.size() < starts[ARRAYS]) { // padding after the last array
                    writeFully(channel, ByteBuffer.allocate(starts[ARRAYS] - (int) channel.size()));
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where each array starts in the file, each at a multiple of {@link #ALIGNMENT}; the last entry is the end. */
    private static int[] starts(int nameBytes, int[] lengths) {
        int[] starts = new int[ARRAYS + 1];
        long position = align(HEADER_BYTES + nameBytes);
        for (int i = 0; i < ARRAYS; i++) {
            starts[i] = Math.toIntExact(position);
            position = align(position + (long) lengths[i] * ELEMENT_BYTES[i]);
        }
        starts[ARRAYS] = Math.toIntExact(position);
        return starts;
    }

    private static long align(long position) {
        return (position + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static ByteBuffer slice(ByteBuffer mapped, int[] starts, int[] lengths, int array) {
        return mapped.slice(starts[array], lengths[array] * ELEMENT_BYTES[array])
                .order(ByteOrder.LITTLE_ENDIAN);
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

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
