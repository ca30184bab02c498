package org.lectern.annotator.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lingua 1.2.2's n-gram models in compact, primitive form, loaded once per language and shared by all threads.
 *
 * <p>Lingua's jar carries, per language, five JSON resources {@code /language-models/<iso>/<order>s.json} mapping
 * each relative frequency (a fraction) to the 1- to 5-grams that have it; Lingua holds them as
 * {@code String → float} hash maps, about 2.4 GB for all 75 languages. Here each n-gram becomes a {@code long}:
 * <ul>
 *   <li>a unigram is its {@code char};</li>
 *   <li>a longer n-gram packs {@value #BITS_PER_CHAR}-bit character codes, first character highest, so that the
 *       key of a prefix is the key shifted right. The codes number the characters of all 2- to 5-gram models
 *       (742 in Lingua 1.2.2), below {@value #FIRST_TEXT_CODE}; codes from {@value #FIRST_TEXT_CODE} on are free
 *       for the characters of an input text that no model has (see {@link NgramLanguageDetector}).</li>
 * </ul>
 * and is stored with the natural logarithm of its probability, computed exactly as Lingua does (the fraction
 * as {@code float}, its {@code ln} as {@code float}), in one {@link LongFloatTable} per language and order:
 * about 12 bytes per n-gram, some 300 MB for all languages.
 */
final class CompactNgramModels {

    static final int MAX_ORDER = 5;
    static final int BITS_PER_CHAR = 11;
    /** Model characters get codes 1..{@value}-1; 0 means "no code". */
    static final int FIRST_TEXT_CODE = 1 << (BITS_PER_CHAR - 1);
    static final int MAX_CODE = (1 << BITS_PER_CHAR) - 1;
    private static final String[] FILE_NAMES = {null, "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    private static final Logger LOG = LoggerFactory.getLogger(CompactNgramModels.class);
    private static final Map<Language, LanguageModel> MODELS = new ConcurrentHashMap<>();
    /** Code of each model character (0: none); written under {@link #CODE_LOCK} only. */
    private static final short[] CODES = new short[Character.MAX_VALUE + 1];
    /** The character of each code below {@link #FIRST_TEXT_CODE}. */
    private static final char[] CHARACTERS = new char[FIRST_TEXT_CODE];
    private static final Object CODE_LOCK = new Object();
    private static int lastCode;

    private CompactNgramModels() {
    }

    /** One language's models: {@code ln} probability by order and n-gram key. Immutable. */
    static final class LanguageModel {
        private final LongFloatTable[] tables;

        private LanguageModel(LongFloatTable[] tables) {
            this.tables = tables;
        }

        /** The {@code ln} probability of the n-gram of this order and key, or NaN if the model lacks it. */
        float lnProbability(int order, long key) {
            return tables[order].get(key);
        }

        long bytes() {
            long bytes = 0;
            for (int order = 1; order <= MAX_ORDER; order++) {
                bytes += tables[order].bytes();
            }
            return bytes;
        }
    }

    /** The models of this language, loaded from Lingua's jar on first use. */
    static LanguageModel of(Language language) {
        return MODELS.computeIfAbsent(language, CompactNgramModels::load);
    }

    /** Loads the models of these languages, in parallel, if they are not loaded yet. */
    static void load(Collection<Language> languages) {
        long start = System.nanoTime();
        languages.parallelStream().forEach(CompactNgramModels::of);
        LOG.debug("n-gram models of {} languages ready in {} ms", languages.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The code of a character of the 2- to 5-gram models, 0 for any other character. */
    static int code(char character) {
        return CODES[character];
    }

    /** The character of a code below {@link #FIRST_TEXT_CODE}. */
    static char character(int code) {
        return CHARACTERS[code];
    }

    /** The key of an n-gram of model characters (unigrams: any character); 0 if a character has no code. */
    static long key(CharSequence ngram) {
        if (ngram.length() == 1) {
            return ngram.charAt(0);
        }
        long key = 0;
        for (int i = 0; i < ngram.length(); i++) {
            int code = code(ngram.charAt(i));
            if (code == 0) {
                return 0;
            }
            key = key << BITS_PER_CHAR | code;
        }
        return key;
    }

    /** The {@code ln} probability of an n-gram (e.g. {@code "sch"}) in the language, NaN if it has none. */
    static float lnProbability(Language language, String ngram) {
        return of(language).lnProbability(ngram.length(), key(ngram));
    }

    private static LanguageModel load(Language language) {
        long start = System.nanoTime();
        LongFloatTable[] tables = new LongFloatTable[MAX_ORDER + 1];
        for (int order = 1; order <= MAX_ORDER; order++) {
            tables[order] = loadTable(language, order);
        }
        LanguageModel model = new LanguageModel(tables);
        LOG.debug("{}: {} MB of n-gram tables in {} ms", language, model.bytes() >> 20, (System.nanoTime() - start) / 1_000_000);
        return model;
    }

    /**
     * Reads {@code {"language":"…","ngrams":{"3/98":"onysi pallg …", …}}}. The n-grams are letters only, so the
     * strings carry no escapes; anything else is rejected.
     */
    private static LongFloatTable loadTable(Language language, int order) {
        String path = "/language-models/" + language.getIsoCode639_1() + "/" + FILE_NAMES[order] + ".json";
        String json;
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) { // Lingua has only unigram models for languages with a script of their own
                return new LongFloatTable(0);
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua's model " + path, e);
        }
        if (json.indexOf('\\') >= 0) {
            throw new IllegalStateException(path + ": escaped characters are not supported");
        }
        int ngramsStart = json.indexOf("\"ngrams\":{");
        if (ngramsStart < 0) {
            throw new IllegalStateException(path + ": no \"ngrams\" object");
        }
        ngramsStart += "\"ngrams\":{".length();
        if (order > 1) {
            assignCodes(json, ngramsStart, path);
        }
        int count = 0;
        for (int i = ngramsStart; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == ' ' || c == ':') { // one per further n-gram in a list, one per list
                count++;
            }
        }
        LongFloatTable table = new LongFloatTable(count);
        int position = ngramsStart;
        while (json.charAt(position) == '"') {
            int fractionEnd = json.indexOf('"', position + 1);
            int slash = json.indexOf('/', position);
            // as Lingua: numerator.toFloat() / denominator.toInt(), then ln(Float)
            float probability = Float.parseFloat(json.substring(position + 1, slash))
                    / Integer.parseInt(json.substring(slash + 1, fractionEnd));
            float lnProbability = (float) Math.log(probability);
            int listStart = fractionEnd + 3; // after ":"
            int listEnd = json.indexOf('"', listStart);
            for (int ngramStart = listStart; ngramStart < listEnd; ngramStart += order + 1) {
                if (ngramStart + order < listEnd && json.charAt(ngramStart + order) != ' ') {
                    throw new IllegalStateException(path + ": n-gram of another length than " + order
                            + " at offset " + ngramStart);
                }
                CharSequence ngram = json.subSequence(ngramStart, ngramStart + order);
                long key = key(ngram);
                if (key == 0) { // Lingua's test-side n-grams are letters only: this one could never be looked up
                    throw new IllegalStateException(path + ": n-gram '" + ngram + "' is not made of letters");
                }
                table.put(key, lnProbability);
            }
            position = listEnd + 1;
            if (json.charAt(position) == ',') {
                position++;
            }
        }
        return table;
    }

    /** Gives every letter of the n-gram lists that has none a code. */
    private static void assignCodes(String json, int from, String path) {
        synchronized (CODE_LOCK) {
            for (int i = from; i < json.length(); i++) {
                char c = json.charAt(i);
                if (CODES[c] == 0 && Character.isLetter(c)) {
                    if (lastCode + 1 >= FIRST_TEXT_CODE) {
                        throw new IllegalStateException(path + ": more than " + (FIRST_TEXT_CODE - 1)
                                + " distinct characters in the models");
                    }
                    lastCode++;
                    CHARACTERS[lastCode] = c;
                    CODES[c] = (short) lastCode;
                }
            }
        }
    }
}
