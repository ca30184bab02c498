package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.MorphologicalProcessor;
import org.lectern.api.SharedModels;

/**
 * What a spinner or a word-by-word translator may have replaced a word with, read from WordNet: the words sharing
 * a synset with any sense of it (all parts of speech), and, at a {@link #RELATED_PENALTY}, the words of the synsets
 * one similar-to, hypernym or hyponym link away. Candidates are inflected like the word ("stated" → "said", "told";
 * "strikes" → "moves"), single words only. {@link #broad} adds the words whose Moby thesaurus entry lists it. One
 * instance per JVM; look-ups are cached, thread-safe and lock-free: WordNet is read from a {@link WordNetTable},
 * base forms are found by extJWNL's morphological processor over it.
 */
final class Synonyms {

    /** A replacement and the penalty (in nats) for its distance from the word's own synsets. */
    record Candidate(String form, double penalty) {}

    /** Penalty for a candidate that is not a synonym proper but a similar, broader or narrower word. */
    static final double RELATED_PENALTY = 1.0;
    /** Penalty for a candidate only the thesaurus lists (its entries mix senses and registers more than WordNet's). */
    static final double THESAURUS_PENALTY = 1.0;

    private static final POS[] INFLECTED = {POS.NOUN, POS.VERB};

    private final WordNetTable wordNet;
    private final MorphologicalProcessor morphology;
    /** Irregular inflections by base form and part of speech, e.g. say → said. */
    private final Map<POS, Map<String, List<String>>> irregular = new HashMap<>();

    private final Map<String, List<Candidate>> cache = new ConcurrentHashMap<>();
    private final Map<String, List<Candidate>> broadCache = new ConcurrentHashMap<>();

    private Synonyms(WordNetTable wordNet) throws JWNLException {
        this.wordNet = wordNet;
        this.morphology = new WordNetTableDictionary(wordNet).getMorphologicalProcessor();
        for (POS pos : INFLECTED) {
            Map<String, List<String>> forms = new HashMap<>();
            wordNet.exceptions(pos).forEach((inflected, bases) -> {
                for (String base : bases) {
                    forms.computeIfAbsent(base, b -> new ArrayList<>()).add(inflected);
                }
            });
            irregular.put(pos, forms);
        }
    }

    static Synonyms shared() {
        return SharedModels.get("wordnet-synonyms", Synonyms.class, () -> {
            try {
                return new Synonyms(WordNetTableFile.readOrBuild(() -> {
                    Dictionary resource = Dictionary.getDefaultResourceInstance();
                    WordNetTable wordNet = WordNetTable.read(resource);
                    resource.close();
                    return wordNet;
                }));
            } catch (Exception e) {
                throw new IllegalStateException("cannot load WordNet", e);
            }
        });
    }

    /** The replacement candidates for a lower-case word, best (lowest penalty) first; empty if WordNet lacks it. */
    List<Candidate> of(String word) {
        return cache.computeIfAbsent(word, this::lookUp);
    }

    /**
     * {@link #of} and, at a {@link #THESAURUS_PENALTY}, the words whose thesaurus entry lists the word (inflected like
     * it): many more candidates, for a judge that weighs each one in context.
     */
    List<Candidate> broad(String word) {
        return broadCache.computeIfAbsent(word, this::lookUpBroad);
    }

    private List<Candidate> lookUpBroad(String word) {
        Map<String, Double> penalties = new LinkedHashMap<>();
        of(word).forEach(candidate -> penalties.put(candidate.form(), candidate.penalty()));
        // words WordNet lacks (closed-class words such as "within" or "because") as they are
        Thesaurus.shared().replacedBy(word).forEach(head -> penalties.putIfAbsent(head, THESAURUS_PENALTY));
        try {
            for (POS pos : POS.getAllPOS()) {
                for (String base : morphology.lookupAllBaseForms(pos, word)) {
                    String inflection = inflection(word, base);
                    for (String head : Thesaurus.shared().replacedBy(base)) {
                        for (String form : inflect(head, pos, inflection)) {
                            penalties.putIfAbsent(form, THESAURUS_PENALTY);
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + word, e);
        }
        penalties.remove(word);
        return candidates(penalties);
    }

    private List<Candidate> lookUp(String word) {
        Map<String, Double> penalties = new LinkedHashMap<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                for (String base : morphology.lookupAllBaseForms(pos, word)) {
                    int[] senses = wordNet.senses(pos, base);
                    if (senses == null) {
                        continue;
                    }
                    String inflection = inflection(word, base);
                    for (int sense : senses) {
                        addAll(penalties, sense, 0, pos, base, inflection);
                        for (int target : wordNet.related(sense)) {
                            addAll(penalties, target, RELATED_PENALTY, pos, base, inflection);
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + word, e);
        }
        penalties.remove(word);
        return candidates(penalties);
    }

    private static List<Candidate> candidates(Map<String, Double> penalties) {
        List<Candidate> candidates = new ArrayList<>();
        penalties.forEach((form, penalty) -> candidates.add(new Candidate(form, penalty)));
        candidates.sort((a, b) -> Double.compare(a.penalty(), b.penalty()));
        return List.copyOf(candidates);
    }

    private void addAll(
            Map<String, Double> penalties, int synset, double penalty, POS pos, String base, String inflection)
            throws JWNLException {
        for (String lemma : wordNet.members(synset)) {
            if (lemma.equals(base) || lemma.indexOf(' ') >= 0 || lemma.indexOf('_') >= 0) {
                continue;
            }
            for (String form : inflect(lemma, pos, inflection)) {
                penalties.merge(form, penalty, Math::min);
            }
        }
    }

    /** How {@code word} is inflected from {@code base}: "" (not at all), "s", "ing" or "ed" (any other form). */
    private static String inflection(String word, String base) {
        if (word.equals(base)) {
            return "";
        }
        if (word.endsWith("ing")) {
            return "ing";
        }
        return word.endsWith("s") ? "s" : "ed";
    }

    /** The forms of {@code lemma} with the given inflection that WordNet's morphology maps back to it. */
    private Collection<String> inflect(String lemma, POS pos, String inflection) throws JWNLException {
        if (inflection.isEmpty()) {
            return List.of(lemma);
        }
        List<String> guesses =
                new ArrayList<>(irregular.getOrDefault(pos, Map.of()).getOrDefault(lemma, List.of()));
        String stem = lemma.endsWith("e") || lemma.endsWith("y") ? lemma.substring(0, lemma.length() - 1) : lemma;
        char last = lemma.charAt(lemma.length() - 1);
        switch (inflection) {
            case "s" -> guesses.addAll(List.of(lemma + "s", lemma + "es", stem + "ies"));
            case "ing" -> guesses.addAll(List.of(lemma + "ing", stem + "ing", lemma + last + "ing"));
            default -> guesses.addAll(List.of(lemma + "ed", lemma + "d", stem + "ied", lemma + last + "ed"));
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String guess : guesses) {
            if (!guess.equals(lemma)
                    && inflection(guess, lemma).equals(inflection)
                    && morphology.lookupAllBaseForms(pos, guess).contains(lemma)) {
                forms.add(guess);
            }
        }
        return forms;
    }
}
