package org.lectern.annotator.cleanup.artefacts;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.lectern.api.PreparedModelFile;

/**
 * The {@link WordNetTable} as a prepared file, {@code wordnet-table.bin} in the folder named by the system property
 * {@value PreparedModelFile#FOLDER_PROPERTY} (the launcher sets it): copying the table out of extJWNL's dictionary parses all of
 * WordNet's files (seconds), reading this file takes a fraction of a second (issue 18: start-up). The file names
 * the format and the extJWNL jars it was built from; a file for other jars is ignored and replaced.
 */
final class WordNetTableFile {

    private static final String FILE_NAME = "wordnet-table.bin";
    private static final int MAGIC = 0x4c574e31; // "LWN1"
    private static final PreparedModelFile<WordNetTable> PREPARED =
            new PreparedModelFile<>(FILE_NAME, "WordNet table", WordNetTableFile::read, WordNetTableFile::write, false);

    private WordNetTableFile() {}

    /** The prepared table if there is one for these extJWNL jars, else {@code build}'s, which is then stored. */
    static WordNetTable readOrBuild(Callable<WordNetTable> build) throws Exception {
        return PREPARED.readOrBuild(source(), build::call);
    }

    /** What the table is built from: this format, extJWNL and its WordNet data (their jar names carry versions). */
    static String source() {
        String data = String.valueOf(Dictionary.class.getResource(WordNetTableDictionary.PROPERTIES));
        int inJar = data.indexOf("!/");
        String dataJar = inJar < 0 ? data : data.substring(data.lastIndexOf('/', inJar) + 1, inJar);
        var code = Dictionary.class.getProtectionDomain().getCodeSource();
        String codeJar = code == null
                ? "unknown"
                : Path.of(code.getLocation().getPath()).getFileName().toString();
        return "lectern wordnet table 1, " + codeJar + ", " + dataJar;
    }

    /** The table in {@code file} if it was built from {@code source}, else null. */
    static WordNetTable read(Path file, String source) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(source)) {
                return null;
            }
            Map<String, String> strings = new HashMap<>(); // one string per distinct lemma
            int synsets = in.readInt();
            long[] offsets = new long[synsets];
            String[][] members = new String[synsets][];
            int[][] related = new int[synsets][];
            for (int id = 0; id < synsets; id++) {
                offsets[id] = in.readLong();
                members[id] = new String[in.readInt()];
                for (int i = 0; i < members[id].length; i++) {
                    members[id][i] = strings.computeIfAbsent(in.readUTF(), s -> s);
                }
                related[id] = readInts(in);
            }
            Map<POS, Map<String, int[]>> senses = new EnumMap<>(POS.class);
            Map<POS, Map<String, List<String>>> exceptions = new EnumMap<>(POS.class);
            for (POS pos : POS.getAllPOS()) {
                Map<String, int[]> sensesOfPos = new HashMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    sensesOfPos.put(in.readUTF(), readInts(in));
                }
                senses.put(pos, sensesOfPos);
            }
            for (POS pos : POS.getAllPOS()) {
                Map<String, List<String>> exceptionsOfPos = new LinkedHashMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    String inflected = in.readUTF();
                    List<String> bases = new ArrayList<>();
                    for (int k = in.readInt(); k > 0; k--) {
                        bases.add(in.readUTF());
                    }
                    exceptionsOfPos.put(inflected, List.copyOf(bases));
                }
                exceptions.put(pos, exceptionsOfPos);
            }
            return new WordNetTable(senses, exceptions, offsets, members, related);
        }
    }

    /** Writes {@code table} to {@code file} (through a temporary file, so readers never see half of it). */
    static void write(Path file, String source, WordNetTable table) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".part");
        try {
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(source);
                out.writeInt(table.offsets.length);
                for (int id = 0; id < table.offsets.length; id++) {
                    out.writeLong(table.offsets[id]);
                    out.writeInt(table.members[id].length);
                    for (String member : table.members[id]) {
                        out.writeUTF(member);
                    }
                    writeInts(out, table.related[id]);
                }
                for (POS pos : POS.getAllPOS()) {
                    out.writeInt(table.senses.get(pos).size());
                    for (Map.Entry<String, int[]> entry : table.senses.get(pos).entrySet()) {
                        out.writeUTF(entry.getKey());
                        writeInts(out, entry.getValue());
                    }
                }
                for (POS pos : POS.getAllPOS()) {
                    out.writeInt(table.exceptions.get(pos).size());
                    for (Map.Entry<String, List<String>> entry :
                            table.exceptions.get(pos).entrySet()) {
                        out.writeUTF(entry.getKey());
                        out.writeInt(entry.getValue().size());
                        for (String base : entry.getValue()) {
                            out.writeUTF(base);
                        }
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }
}
