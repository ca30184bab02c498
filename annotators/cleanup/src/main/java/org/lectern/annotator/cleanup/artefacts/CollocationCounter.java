package org.lectern.annotator.cleanup.artefacts;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** Counts reference text and writes the {@link Collocations} file; used by the regeneration tool. */
public final class CollocationCounter {

    private final Map<String, int[]> words = new HashMap<>();
    private final Map<Integer, int[]> pairs = new HashMap<>();
    private final Map<Integer, int[]> near = new HashMap<>();
    private long total;
    private long contentTotal;
    private long nearTotal;

    /** Counts the tokens of one document; a document boundary is a clause boundary. */
    public void add(String text) {
        String previous = StatisticsTokens.BOUNDARY;
        List<StatisticsTokens.Token> tokens = StatisticsTokens.of(text);
        int clause = 0; // index of the first token of the current clause
        for (int i = 0; i < tokens.size(); i++) {
            String norm = tokens.get(i).norm();
            total++;
            words.computeIfAbsent(norm, w -> new int[1])[0]++;
            pairs.computeIfAbsent(Collocations.pairKey(previous, norm), k -> new int[1])[0]++;
            previous = norm;
            if (norm.equals(StatisticsTokens.BOUNDARY)) {
                clause = i + 1;
            } else if (!StatisticsTokens.isFunctionWord(norm)) {
                contentTotal++;
                for (int j = Math.max(clause, i - Collocations.WINDOW); j < i; j++) {
                    String other = tokens.get(j).norm();
                    if (!StatisticsTokens.isFunctionWord(other)) {
                        nearTotal++;
                        near.computeIfAbsent(Collocations.nearKey(other, norm), k -> new int[1])[0]++;
                    }
                }
            }
        }
    }

    public long total() {
        return total;
    }

    /** Writes words and pairs seen at least {@code minCount} times (near pairs at least twice). */
    public void write(Path file, int minCount) throws IOException {
        Map<String, int[]> keptWords = new TreeMap<>();
        words.forEach((w, c) -> {
            if (c[0] >= minCount) {
                keptWords.put(w, c);
            }
        });
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
            out.writeInt(Collocations.MAGIC);
            out.writeLong(total);
            out.writeInt(keptWords.size());
            for (Map.Entry<String, int[]> e : keptWords.entrySet()) {
                out.writeUTF(e.getKey());
                writeVarLong(out, e.getValue()[0]);
            }
            writeCounts(out, pairs, minCount);
            out.writeLong(contentTotal);
            out.writeLong(nearTotal);
            writeCounts(out, near, Math.max(2, minCount));
        }
    }

    private static void writeCounts(DataOutputStream out, Map<Integer, int[]> counts, int minCount) throws IOException {
        List<Map.Entry<Integer, int[]>> kept = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= minCount)
                .sorted(Map.Entry.comparingByKey())
                .toList();
        out.writeInt(kept.size());
        long previous = Integer.MIN_VALUE;
        for (Map.Entry<Integer, int[]> e : kept) {
            writeVarLong(out, e.getKey() - previous);
            previous = e.getKey();
            writeVarLong(out, e.getValue()[0]);
        }
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        while (value >= 0x80) {
            out.writeByte((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte((int) value);
    }
}
