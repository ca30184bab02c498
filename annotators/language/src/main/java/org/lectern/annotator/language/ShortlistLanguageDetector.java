package org.lectern.annotator.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lingua-grade language identification within a bounded memory budget.
 *
 * <p>Lingua's high-accuracy mode scores every candidate language with its 1- to 5-gram models, which for all
 * 75 languages takes about 2.4 GB. Its low-accuracy mode (trigram models only) is small, and on texts of 120
 * characters or more Lingua's high-accuracy mode uses nothing but trigrams anyway. So:
 * <ol>
 *   <li>the low-accuracy detector over all candidate languages ranks the text;</li>
 *   <li>texts shorter than {@value #HIGH_ACCURACY_MAX_TEXT_LENGTH} characters are re-scored by a high-accuracy
 *       detector restricted to the languages ranked close to the best ({@value #MIN_SHORTLIST_SIZE} to
 *       {@value #MAX_SHORTLIST_SIZE}).</li>
 * </ol>
 * Lingua keeps its models in static maps shared by all detectors and loads them lazily per language. The
 * 4- and 5-gram models (the bulk of the memory) of at most {@value #MAX_LANGUAGES_WITH_FULL_MODELS} languages
 * stay loaded; those of the least recently used languages are unloaded, so memory stays bounded however many
 * languages a corpus mixes. A stream that keeps short-listing new languages pays for reloading them.
 *
 * <p>Instances are immutable and thread-safe; {@link #forLanguages} shares one instance per language set.
 */
public final class ShortlistLanguageDetector {

    /** Below this length Lingua's high-accuracy mode uses 1- to 5-grams; from it on trigrams only. */
    static final int HIGH_ACCURACY_MAX_TEXT_LENGTH = 120;
    /** The full models re-score the low-accuracy ranking's best languages: at least this many... */
    static final int MIN_SHORTLIST_SIZE = 3;
    /** ...at most this many... */
    static final int MAX_SHORTLIST_SIZE = 6;
    /**
     * ...and in between those whose low-accuracy confidence (best = 1) reaches this floor. Measured on Lingua's
     * test data (55 languages): the right language is among the languages above the floor for 90 % of single
     * words and 97 % of word pairs. Trusting a clear low-accuracy winner alone cost 1.5 points on sentences.
     */
    static final double SHORTLIST_CONFIDENCE_FLOOR = 0.7;
    /** Languages whose 4- and 5-gram models may be loaded at once (about 25 MB each). */
    static final int MAX_LANGUAGES_WITH_FULL_MODELS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(ShortlistLanguageDetector.class);
    private static final Map<Set<Language>, ShortlistLanguageDetector> INSTANCES = new ConcurrentHashMap<>();
    private static final List<Map<Language, ?>> LARGE_MODELS = largeModels();
    /** Access-ordered: the first entries are the least recently used languages with full models. */
    private static final LinkedHashMap<Language, Boolean> LANGUAGES_WITH_FULL_MODELS =
            new LinkedHashMap<>(32, 0.75f, true);

    /** The best language, and how far ahead of the runner-up it is (Lingua's relative distance, 0..1). */
    public record Detection(Language language, double confidence) {
        static final Detection UNKNOWN = new Detection(Language.UNKNOWN, 0.0);

        public boolean isKnown() {
            return language != Language.UNKNOWN;
        }
    }

    private final LanguageDetector ranking;

    private ShortlistLanguageDetector(Set<Language> languages) {
        this.ranking = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                .withLowAccuracyMode().build();
    }

    /** The shared detector for these candidate languages (at least two). */
    public static ShortlistLanguageDetector forLanguages(Set<Language> languages) {
        if (languages.size() < 2) {
            throw new IllegalArgumentException("at least two candidate languages are needed, got " + languages);
        }
        return INSTANCES.computeIfAbsent(Set.copyOf(languages), ShortlistLanguageDetector::new);
    }

    public Detection detect(String text) {
        SortedMap<Language, Double> ranked = ranking.computeLanguageConfidenceValues(text);
        List<Language> shortlist = new ArrayList<>();
        for (Map.Entry<Language, Double> entry : ranked.entrySet()) {
            if (shortlist.size() == MAX_SHORTLIST_SIZE
                    || shortlist.size() >= MIN_SHORTLIST_SIZE && entry.getValue() < SHORTLIST_CONFIDENCE_FLOOR) {
                break;
            }
            shortlist.add(entry.getKey());
        }
        if (shortlist.size() > 1 && text.strip().length() < HIGH_ACCURACY_MAX_TEXT_LENGTH) {
            keepFullModelsOf(shortlist);
            ranked = LanguageDetectorBuilder.fromLanguages(shortlist.toArray(Language[]::new)).build()
                    .computeLanguageConfidenceValues(text);
        }
        return best(ranked);
    }

    private static Detection best(SortedMap<Language, Double> ranked) {
        if (ranked.isEmpty()) {
            return Detection.UNKNOWN;
        }
        Iterator<Map.Entry<Language, Double>> entries = ranked.entrySet().iterator();
        Language first = entries.next().getKey();
        double runnerUp = entries.hasNext() ? entries.next().getValue() : 0.0;
        return new Detection(first, 1.0 - runnerUp);
    }

    /** Marks the languages as recently used and unloads the least recently used ones beyond the budget. */
    private static void keepFullModelsOf(List<Language> languages) {
        List<Language> evicted = new ArrayList<>();
        synchronized (LANGUAGES_WITH_FULL_MODELS) {
            languages.forEach(language -> LANGUAGES_WITH_FULL_MODELS.put(language, Boolean.TRUE));
            Iterator<Language> leastRecentlyUsed = LANGUAGES_WITH_FULL_MODELS.keySet().iterator();
            while (LANGUAGES_WITH_FULL_MODELS.size() - evicted.size() > MAX_LANGUAGES_WITH_FULL_MODELS) {
                evicted.add(leastRecentlyUsed.next());
            }
            evicted.forEach(LANGUAGES_WITH_FULL_MODELS::remove);
        }
        if (!evicted.isEmpty()) {
            LOG.debug("unloading the 4- and 5-gram models of {}", evicted);
            for (Map<Language, ?> models : LARGE_MODELS) {
                synchronized (models) { // Lingua guards its model maps with their own monitors
                    evicted.forEach(models::remove);
                }
            }
        }
    }

    /**
     * Lingua's static 4- and 5-gram model maps, the bulk of its memory. Its public unloading API also drops the
     * trigram models the ranking needs at once again, so the maps are reached through Lingua's public static
     * companion accessors.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<Language, ?>> largeModels() {
        List<Map<Language, ?>> maps = new ArrayList<>();
        for (String accessor : List.of("access$getQuadrigramLanguageModels$cp", "access$getFivegramLanguageModels$cp")) {
            try {
                maps.add((Map<Language, ?>) LanguageDetector.class.getMethod(accessor).invoke(null));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Lingua " + LanguageDetector.class.getPackage().getImplementationVersion()
                        + " lacks " + accessor + ": this class is written against Lingua 1.2.2", e);
            }
        }
        return maps;
    }
}
