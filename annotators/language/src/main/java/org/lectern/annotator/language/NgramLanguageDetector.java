package org.lectern.annotator.language;

import static org.lectern.annotator.language.CompactNgramModels.BITS_PER_CHAR;
import static org.lectern.annotator.language.CompactNgramModels.FIRST_TEXT_CODE;
import static org.lectern.annotator.language.CompactNgramModels.MAX_CODE;
import static org.lectern.annotator.language.CompactNgramModels.MAX_ORDER;

import com.github.pemistahl.lingua.api.Language;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lingua 1.2.2's high-accuracy language detection, re-implemented over {@link CompactNgramModels}: the same
 * rules, n-grams, probabilities and confidence values as Lingua's {@code LanguageDetector} in high-accuracy
 * mode, at a fraction of its memory and without its per-lookup locking and string allocation.
 *
 * <p>As Lingua: the text is trimmed, lower-cased and stripped of punctuation and digits; rules on scripts and
 * characters may decide the language or narrow the candidates; else each remaining candidate scores, per n-gram
 * order (1 to 5, or only 3 from {@value #HIGH_ACCURACY_MAX_TEXT_LENGTH} characters on), the sum of the
 * {@code ln} probabilities of the text's distinct all-letter n-grams, each backing off to its longest prefix the
 * candidate's model knows; the orders' sums are added up and divided by the number of the text's letters the
 * candidate's unigram model knows. A language's confidence is the best score divided by its own, so the best
 * language gets 1. Float arithmetic follows Lingua's; only the order of summation within an order differs
 * (Lingua iterates a hash set), which may change the last bits of a score (by 1e-6 at most on Lingua's test
 * data, with the same ranking on every item). Letters outside the Basic Multilingual Plane are ignored (no model
 * has any).
 *
 * <p>Instances are immutable and thread-safe; the models are shared by all instances.
 */
public final class NgramLanguageDetector {

    /** From this length of the cleaned-up text on, Lingua's high-accuracy mode uses trigrams only. */
    static final int HIGH_ACCURACY_MAX_TEXT_LENGTH = 120;

    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
    private static final Pattern NUMBERS = Pattern.compile("\\p{N}");
    private static final Pattern MULTIPLE_WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");
    private static final Set<UnicodeScript> LOGOGRAM_SCRIPTS =
            Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    /** The best language, and how far ahead of the runner-up it is (1 − the runner-up's confidence, 0..1). */
    public record Detection(Language language, double confidence) {
        static final Detection UNKNOWN = new Detection(Language.UNKNOWN, 0.0);

        public boolean isKnown() {
            return language != Language.UNKNOWN;
        }
    }

    private final LinguaRules rules;
    private final CompactNgramModels models = CompactNgramModels.get();

    /** A detector choosing among these languages (at least two); builds the shared models on first use. */
    public NgramLanguageDetector(Set<Language> languages) {
        if (languages.size() < 2 || languages.contains(Language.UNKNOWN)) {
            throw new IllegalArgumentException("at least two candidate languages are needed, got " + languages);
        }
        rules = new LinguaRules(languages);
    }

    /** The most likely language; {@link Detection#UNKNOWN} if there is none or the best two are equally likely. */
    public Detection detect(String text) {
        Map<Language, Double> confidences = confidenceValues(text);
        if (confidences.isEmpty()) {
            return Detection.UNKNOWN;
        }
        var ranked = confidences.entrySet().iterator();
        Language best = ranked.next().getKey();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        return runnerUp == 1.0 ? Detection.UNKNOWN : new Detection(best, 1.0 - runnerUp);
    }

    /**
     * Lingua's {@code computeLanguageConfidenceValues}: the languages considered possible, best first (confidence
     * 1), each with its confidence relative to the best, ties in {@link Language} order.
     */
    public Map<Language, Double> confidenceValues(String text) {
        String cleanedUpText = cleanUpInputText(text);
        if (cleanedUpText.isEmpty() || NO_LETTER.matcher(cleanedUpText).matches()) {
            return Map.of();
        }
        List<String> words = splitTextIntoWords(cleanedUpText);
        Language languageDetectedByRules = rules.detectLanguageWithRules(words);
        if (languageDetectedByRules != Language.UNKNOWN) {
            return Map.of(languageDetectedByRules, 1.0);
        }
        Set<Language> filteredLanguages = rules.filterLanguagesByRules(words);
        if (filteredLanguages.size() == 1) {
            return Map.of(filteredLanguages.iterator().next(), 1.0);
        }
        Language[] candidates = filteredLanguages.toArray(Language[]::new);
        boolean[] isCandidate = new boolean[Language.values().length];
        filteredLanguages.forEach(language -> isCandidate[language.ordinal()] = true);
        float[] summedUpProbabilities = new float[isCandidate.length];
        int[] knownUnigrams = null;
        Text encoded = new Text(cleanedUpText, models);
        boolean longText = cleanedUpText.length() >= HIGH_ACCURACY_MAX_TEXT_LENGTH;
        for (int order = longText ? 3 : 1;
                order <= (longText ? 3 : MAX_ORDER) && order <= cleanedUpText.length();
                order++) {
            float[] probabilities = new float[isCandidate.length];
            int[] known = sumOfNgramProbabilities(order, encoded, isCandidate, candidates.length, probabilities);
            boolean anyScore = false;
            for (Language candidate : candidates) {
                if (probabilities[candidate.ordinal()]
                        < 0) { // Lingua drops the others (none known, or all of probability 1)
                    summedUpProbabilities[candidate.ordinal()] += probabilities[candidate.ordinal()];
                    anyScore = true;
                }
            }
            if (order == 1) { // unigrams are counted only for the languages that scored, if any did
                knownUnigrams = known;
                for (Language candidate : candidates) {
                    if (anyScore && !(probabilities[candidate.ordinal()] < 0)) {
                        knownUnigrams[candidate.ordinal()] = 0;
                    }
                }
            }
        }
        Map<Language, Float> scores = new EnumMap<>(Language.class);
        for (Language candidate : candidates) {
            float score = summedUpProbabilities[candidate.ordinal()];
            if (knownUnigrams != null && knownUnigrams[candidate.ordinal()] > 0) {
                score /= knownUnigrams[candidate.ordinal()];
            }
            if (score != 0F) {
                scores.put(candidate, score);
            }
        }
        if (scores.isEmpty()) {
            return Map.of();
        }
        float highest = scores.values().stream().max(Float::compare).orElseThrow();
        Map<Language, Double> confidences = new EnumMap<>(Language.class);
        scores.forEach((language, score) -> confidences.put(language, (double) (highest / score)));
        List<Map.Entry<Language, Double>> sorted = new ArrayList<>(confidences.entrySet());
        sorted.sort(Map.Entry.<Language, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<Language, Double> ranked = new LinkedHashMap<>();
        sorted.forEach(entry -> ranked.put(entry.getKey(), entry.getValue()));
        return ranked;
    }

    /** Trimmed (of what Kotlin's {@code trim()} trims), lower-cased, without punctuation and digits. */
    private static String cleanUpInputText(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && isKotlinWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isKotlinWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String cleaned = text.substring(begin, end).toLowerCase(Locale.ROOT);
        cleaned = PUNCTUATION.matcher(cleaned).replaceAll("");
        cleaned = NUMBERS.matcher(cleaned).replaceAll("");
        return MULTIPLE_WHITESPACE.matcher(cleaned).replaceAll(" ");
    }

    private static boolean isKotlinWhitespace(char character) {
        return Character.isWhitespace(character) || Character.isSpaceChar(character);
    }

    /** Words are separated by spaces; every logogram (Chinese, Japanese, Korean) is a word of its own. */
    private static List<String> splitTextIntoWords(String text) {
        List<String> words = new ArrayList<>();
        int nextWordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            boolean logogram = LOGOGRAM_SCRIPTS.contains(UnicodeScript.of(character));
            if (character == ' ' || logogram) {
                if (nextWordStart != i) {
                    words.add(text.substring(nextWordStart, i));
                }
                if (logogram) {
                    words.add(String.valueOf(character));
                }
                nextWordStart = i + 1;
            }
        }
        if (nextWordStart != text.length()) {
            words.add(text.substring(nextWordStart));
        }
        return words;
    }

    /**
     * Adds to {@code probabilities} (by language ordinal) the {@code ln} probabilities of the text's distinct
     * n-grams of this order, each backing off to its longest prefix that the candidate's model knows; returns how
     * many of the n-grams each candidate knows as they are.
     */
    private int[] sumOfNgramProbabilities(
            int order, Text text, boolean[] isCandidate, int candidates, float[] probabilities) {
        int[] known = new int[isCandidate.length];
        int[] lastScored = new int[isCandidate.length];
        long[] ngrams = text.distinctNgrams(order);
        for (int n = 0; n < ngrams.length; n++) {
            int unscored = candidates;
            for (int prefix = order; prefix >= 1 && unscored > 0; prefix--) {
                long key = prefix == 1
                        ? text.firstCharacter(ngrams[n], order)
                        : ngrams[n] >>> (BITS_PER_CHAR * (order - prefix));
                int slot = models.find(prefix, key);
                if (slot < 0) {
                    continue;
                }
                for (int posting = models.postingsStart(slot), end = models.postingsEnd(slot);
                        posting < end;
                        posting++) {
                    int language = models.language(posting);
                    if (isCandidate[language] && lastScored[language] != n + 1) {
                        lastScored[language] = n + 1;
                        probabilities[language] += models.lnProbability(posting);
                        unscored--;
                        if (prefix == order) {
                            known[language]++;
                        }
                    }
                }
            }
        }
        return known;
    }

    /**
     * A cleaned-up text as character codes: the models' codes, and fresh codes from {@link
     * CompactNgramModels#FIRST_TEXT_CODE} on for letters no model has, so that distinct n-grams keep distinct keys
     * (beyond {@link CompactNgramModels#MAX_CODE} such letters, the last code is shared).
     */
    private static final class Text {
        private final String text;
        private final CompactNgramModels models;
        private final int[] codes;
        /** Number of letters from each position on, up to the next non-letter. */
        private final int[] letterRun;

        private char[] lettersWithoutModelCode = new char[0];

        Text(String text, CompactNgramModels models) {
            this.text = text;
            this.models = models;
            codes = new int[text.length()];
            letterRun = new int[text.length() + 1];
            for (int i = text.length() - 1; i >= 0; i--) {
                char character = text.charAt(i);
                if (Character.isLetter(character)) {
                    letterRun[i] = letterRun[i + 1] + 1;
                    int code = models.code(character);
                    codes[i] = code != 0 ? code : textCode(character);
                }
            }
        }

        private int textCode(char character) {
            for (int i = 0; i < lettersWithoutModelCode.length; i++) {
                if (lettersWithoutModelCode[i] == character) {
                    return FIRST_TEXT_CODE + i;
                }
            }
            if (FIRST_TEXT_CODE + lettersWithoutModelCode.length > MAX_CODE) {
                return MAX_CODE;
            }
            lettersWithoutModelCode = Arrays.copyOf(lettersWithoutModelCode, lettersWithoutModelCode.length + 1);
            lettersWithoutModelCode[lettersWithoutModelCode.length - 1] = character;
            return FIRST_TEXT_CODE + lettersWithoutModelCode.length - 1;
        }

        /** The keys of the distinct all-letter n-grams of this order (unigrams: their characters). */
        long[] distinctNgrams(int order) {
            long[] keys = new long[Math.max(0, text.length() - order + 1)];
            int count = 0;
            for (int i = 0; i + order <= text.length(); i++) {
                if (letterRun[i] >= order) {
                    if (order == 1) {
                        keys[count++] = text.charAt(i);
                    } else {
                        long key = 0;
                        for (int j = i; j < i + order; j++) {
                            key = key << BITS_PER_CHAR | codes[j];
                        }
                        keys[count++] = key;
                    }
                }
            }
            Arrays.sort(keys, 0, count);
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                    keys[distinct++] = keys[i];
                }
            }
            return Arrays.copyOf(keys, distinct);
        }

        /** The first character of an n-gram key of this order, as a unigram key. */
        long firstCharacter(long ngram, int order) {
            if (order == 1) {
                return ngram;
            }
            int code = (int) (ngram >>> (BITS_PER_CHAR * (order - 1)));
            return code < FIRST_TEXT_CODE ? models.character(code) : lettersWithoutModelCode[code - FIRST_TEXT_CODE];
        }
    }
}
