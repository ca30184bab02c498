package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The parts of WordNet that {@link Synonyms} reads, copied once from an extJWNL dictionary into immutable maps and
 * arrays: each index word's senses, each synset's member lemmas (lower case) and the synsets one similar-to,
 * hypernym or hyponym link away, and the morphological exception lists. extJWNL's file dictionary answers every
 * look-up with a binary search over its index file, through readers that share a decoder and caches, so it could
 * only be used under one lock by all threads; this table is read by any number of threads without one, a look-up
 * being a hash probe (issue 18).
 */
final class WordNetTable {

    /** The links {@link Synonyms} follows to related synsets, in the order it reads them. */
    static final PointerType[] RELATED = {PointerType.SIMILAR_TO, PointerType.HYPERNYM, PointerType.HYPONYM};

    // package-private for WordNetTableFile, which stores and reads them as they are
    /** Per part of speech: index lemma → its senses' synset ids, in WordNet's sense order. */
    final Map<POS, Map<String, int[]>> senses;
    /** Per part of speech: inflected form → its base forms, in the order of the exception file. */
    final Map<POS, Map<String, List<String>>> exceptions;
    /** Per synset id: its offset in its part of speech's data file. */
    final long[] offsets;
    /** Per synset id: the lemmas of its words, lower case, in WordNet's order. */
    final String[][] members;
    /** Per synset id: the targets of its {@link #RELATED} links, link type by link type. */
    final int[][] related;

    WordNetTable(
            Map<POS, Map<String, int[]>> senses,
            Map<POS, Map<String, List<String>>> exceptions,
            long[] offsets,
            String[][] members,
            int[][] related) {
        this.senses = senses;
        this.exceptions = exceptions;
        this.offsets = offsets;
        this.members = members;
        this.related = related;
    }

    /** Copies what {@link Synonyms} needs from {@code dictionary} (a full pass over WordNet's files). */
    static WordNetTable read(Dictionary dictionary) throws JWNLException {
        Map<POS, Map<Long, Integer>> ids = new EnumMap<>(POS.class);
        List<Synset> synsets = new ArrayList<>();
        for (POS pos : POS.getAllPOS()) {
            Map<Long, Integer> idsOfPos = new HashMap<>();
            for (Iterator<Synset> it = dictionary.getSynsetIterator(pos); it.hasNext(); ) {
                Synset synset = it.next();
                idsOfPos.put(synset.getOffset(), synsets.size());
                synsets.add(synset);
            }
            ids.put(pos, idsOfPos);
        }
        long[] offsets = new long[synsets.size()];
        String[][] members = new String[synsets.size()][];
        int[][] related = new int[synsets.size()][];
        Map<String, String> lemmas = new HashMap<>(); // one string per distinct lemma
        for (int id = 0; id < synsets.size(); id++) {
            Synset synset = synsets.get(id);
            offsets[id] = synset.getOffset();
            List<Word> words = synset.getWords();
            members[id] = new String[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String lemma = words.get(i).getLemma().toLowerCase(Locale.ROOT);
                members[id][i] = lemmas.computeIfAbsent(lemma, l -> l);
            }
            List<Integer> targets = new ArrayList<>();
            for (PointerType type : RELATED) {
                for (Pointer pointer : synset.getPointers(type)) {
                    targets.add(ids.get(pointer.getTargetPOS()).get(pointer.getTargetOffset()));
                }
            }
            related[id] = targets.stream().mapToInt(Integer::intValue).toArray();
        }
        Map<POS, Map<String, int[]>> senses = new EnumMap<>(POS.class);
        Map<POS, Map<String, List<String>>> exceptions = new EnumMap<>(POS.class);
        for (POS pos : POS.getAllPOS()) {
            Map<String, int[]> sensesOfPos = new HashMap<>();
            for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
                IndexWord word = it.next();
                long[] synsetOffsets = word.getSynsetOffsets();
                int[] synsetIds = new int[synsetOffsets.length];
                for (int i = 0; i < synsetOffsets.length; i++) {
                    synsetIds[i] = ids.get(pos).get(synsetOffsets[i]);
                }
                sensesOfPos.put(word.getLemma(), synsetIds);
            }
            senses.put(pos, sensesOfPos);
            Map<String, List<String>> exceptionsOfPos = new LinkedHashMap<>();
            for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
                Exc exc = it.next();
                exceptionsOfPos.put(exc.getLemma(), List.copyOf(exc.getExceptions()));
            }
            exceptions.put(pos, exceptionsOfPos);
        }
        return new WordNetTable(senses, exceptions, offsets, members, related);
    }

    /**
     * The key under which a query is filed, matching as extJWNL's file dictionary does: trimmed, lower case, and
     * spaces and underscores alike (the files write a space as an underscore).
     */
    static String key(String query) {
        return query.trim().toLowerCase().replace('_', ' ');
    }

    /** The synset ids of the senses of an index word, or null if WordNet has no such word. */
    int[] senses(POS pos, String lemma) {
        return senses.get(pos).get(key(lemma));
    }

    /** The base forms the exception list gives for an inflected form, or null if it lists none. */
    List<String> exceptions(POS pos, String derivation) {
        return exceptions.get(pos).get(key(derivation));
    }

    /** Every exception entry of a part of speech (inflected form → base forms), in the order of its file. */
    Map<String, List<String>> exceptions(POS pos) {
        return exceptions.get(pos);
    }

    long offset(int synset) {
        return offsets[synset];
    }

    String[] members(int synset) {
        return members[synset];
    }

    int[] related(int synset) {
        return related[synset];
    }
}
