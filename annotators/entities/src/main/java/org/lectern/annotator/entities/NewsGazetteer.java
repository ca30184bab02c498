package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.lectern.api.SharedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Name lists for news, loaded once per JVM ({@link #instance()}) and read-only afterwards, so threads share it:
 * <ul>
 * <li>entries (surface → type, canonical name), matched case-sensitively on whole tokens, longest first:
 * {@code aliases.tsv} (organisations, outlets, leaders, short forms, renamed places) over {@code countries.tsv}
 * (countries, official names, spellings and capitals from npm world-countries);</li>
 * <li>states and provinces and multi-word country names of CoreNLP's KBP gazetteer, matched case-insensitively
 * on capitalised tokens;</li>
 * <li>nationality words and demonyms (KBP gazetteer and CoreNLP's {@code demonyms.txt}), which are not entities;</li>
 * <li>job titles and honorifics (KBP gazetteer), which stay outside person spans ({@link JobTitles}).</li>
 * </ul>
 */
final class NewsGazetteer {

    /** A gazetteer hit: {@code length} tokens from the start position. */
    record Match(int length, EntityType type, String canonical) {}

    private record Entry(EntityType type, String canonical) {}

    private static final Logger LOG = LoggerFactory.getLogger(NewsGazetteer.class);
    private static final String KBP_GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    /** Shorter run-together words are too often ordinary words to be read as an outlet's name. */
    private static final int MIN_SQUASHED_LENGTH = 10;

    private final Map<String, Entry> cased = new HashMap<>();
    private final Map<String, Entry> caseless = new HashMap<>();
    /** First tokens (lower-cased) of all entries: most tokens start none, and need no further look-up. */
    private final Set<String> firstWords = new HashSet<>();

    private final Map<String, Entry> squashedOrganisations = new HashMap<>();
    private final Set<String> canonicalNames = new HashSet<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> placeOfDemonym = new HashMap<>();
    private final Map<String, String> countryOfCapital = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>(NewsLexicon.HONORIFICS);
    private final JobTitles titles = new JobTitles(titleWords);
    private int maxEntryTokens;

    /** The gazetteer of this JVM, loaded on first use. */
    static NewsGazetteer instance() {
        return SharedModels.get("entities:news-gazetteer", NewsGazetteer.class, NewsGazetteer::new);
    }

    private NewsGazetteer() {
        long start = System.nanoTime();
        readLines("countries.tsv", line -> addEntry(line, "countries.tsv"));
        readLines("curated-names.tsv", line -> addEntry(line, "curated-names.tsv"));
        readLines("sports-clubs.tsv", line -> addEntry(line, "sports-clubs.tsv"));
        readLines("aliases.tsv", line -> addEntry(line, "aliases.tsv"));
        readLines("/" + DEMONYMS, line -> {
            String[] columns = line.split("\t");
            if (columns.length > 1 && !line.startsWith("#")) {
                adjectives.putIfAbsent(columns[0], columns[1]);
            }
            for (int i = 1; i < columns.length; i++) {
                if (!columns[i].isBlank() && !line.startsWith("#")) {
                    placeOfDemonym.putIfAbsent(columns[i].trim(), columns[0]);
                    demonyms.add(columns[i].trim().toLowerCase(Locale.ROOT));
                }
            }
        });
        readLines("/" + KBP_GAZETTEER, this::addKbpLine);
        // a demonym that is also a listed name (e.g. "Kuwaiti" is not, "Bahrain" is) stays a name
        demonyms.removeAll(caseless.keySet());
        LOG.info(
                "News gazetteer: {} names, {} KBP places, {} demonyms, {} titles in {} ms",
                cased.size(),
                caseless.size(),
                demonyms.size(),
                titleWords.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void addEntry(String line, String file) {
        if (line.startsWith("#") || line.isBlank()) {
            return;
        }
        String[] columns = line.split("\t");
        EntityType type = columns.length < 3 ? null : EntityType.ofValue(columns[1]);
        if (type == null || columns.length > 4) {
            throw new IllegalStateException(file + ": expected 'surface<TAB>PERSON|ORGANIZATION|LOCATION<TAB>"
                    + "canonical[<TAB>country of a capital]', found: " + line);
        }
        if (columns.length == 4) {
            countryOfCapital.put(columns[2], columns[3]);
        }
        List<CoreLabel> tokens = CrfTokenization.tokenize(columns[0], 0);
        cased.put(NameText.key(tokens, 0, tokens.size(), false), new Entry(type, columns[2]));
        firstWords.add(tokens.get(0).originalText().toLowerCase(Locale.ROOT));
        canonicalNames.add(columns[2]);
        if (type == EntityType.ORGANIZATION && columns[2].contains(" ")) {
            squashedOrganisations.put(squash(columns[2]), new Entry(type, columns[2]));
        }
        maxEntryTokens = Math.max(maxEntryTokens, tokens.size());
    }

    private void addKbpLine(String line) {
        String[] columns = line.split("\t");
        if (columns.length < 3) {
            return;
        }
        switch (columns[1]) {
            case "COUNTRY", "STATE_OR_PROVINCE" -> {
                // one-word country synonyms there are often old or poetic names that are ordinary words in news
                // (fold, chili, gaul, urdu, ph); countries.tsv has the current one-word names
                boolean oneWordCountry = columns[1].equals("COUNTRY") && !columns[0].contains(" ");
                if (columns[2].startsWith("LOCATION")
                        && !columns[0].contains("-")
                        && !oneWordCountry
                        && columns[0].length() > 3) {
                    // a determiner never belongs to the span: "the jewish state" is listed as "jewish state"
                    List<CoreLabel> tokens = CrfTokenization.tokenize(columns[0].replaceFirst("^the ", ""), 0);
                    caseless.putIfAbsent(
                            NameText.key(tokens, 0, tokens.size(), true), new Entry(EntityType.LOCATION, null));
                    firstWords.add(tokens.get(0).originalText().toLowerCase(Locale.ROOT));
                    maxEntryTokens = Math.max(maxEntryTokens, tokens.size());
                }
            }
            case "NATIONALITY" -> demonyms.add(columns[0]);
            case "TITLE" -> titleWords.add(columns[0]);
            default -> {
                // cities (half a million, mostly ambiguous) and other KBP classes are not used
            }
        }
    }

    static void readLines(String resource, Consumer<String> handler) {
        try (InputStream raw = NewsGazetteer.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("Resource not found on the class path: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                handler.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** "Washington Examiner" and "The Washington Post" as run together in web handles: washingtonexaminer. */
    private static String squash(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The longest entry starting at token {@code start}, or null. */
    Match longestMatch(List<CoreLabel> tokens, int start) {
        String first = tokens.get(start).originalText();
        if (!firstWords.contains(first.toLowerCase(Locale.ROOT))) {
            Entry squashed = first.length() >= MIN_SQUASHED_LENGTH ? squashedOrganisations.get(squash(first)) : null;
            return squashed == null ? null : new Match(1, squashed.type(), squashed.canonical());
        }
        for (int length = Math.min(maxEntryTokens, tokens.size() - start); length > 0; length--) {
            String surface = NameText.key(tokens, start, start + length, false);
            Entry entry = cased.get(surface);
            if (entry == null && NameText.isShouted(surface)) {
                entry = cased.get(NameText.titleCase(surface));
            }
            if (entry == null
                    && NameText.isCapitalised(tokens.get(start).originalText())
                    && NameText.isCapitalised(tokens.get(start + length - 1).originalText())) {
                entry = caseless.get(NameText.key(tokens, start, start + length, true));
            }
            if (entry == null && length == 1 && tokens.get(start).originalText().length() >= MIN_SQUASHED_LENGTH) {
                entry = squashedOrganisations.get(squash(tokens.get(start).originalText()));
            }
            if (entry != null) {
                String canonical =
                        entry.canonical() != null ? entry.canonical() : canonicalOfCaselessMatch(tokens, start, length);
                return new Match(length, entry.type(), canonical);
            }
        }
        return null;
    }

    /** Whether tokens {@code start..end} are exactly one entry. */
    boolean lists(List<CoreLabel> tokens, int start, int end) {
        Match match = longestMatch(tokens.subList(start, end), 0);
        return match != null && match.length() == end - start;
    }

    private static String canonicalOfCaselessMatch(List<CoreLabel> tokens, int start, int length) {
        String surface = NameText.key(tokens, start, start + length, false);
        return NameText.isShouted(surface) ? NameText.titleCase(surface) : surface;
    }

    /** The entry for exactly this surface (case-sensitive list only; length not set), or null. */
    Match exactEntry(String surface) {
        Entry entry = cased.get(surface);
        return entry == null ? null : new Match(0, entry.type(), entry.canonical());
    }

    /** Job titles and honorifics (KBP gazetteer and {@link NewsLexicon#HONORIFICS}). */
    JobTitles titles() {
        return titles;
    }

    boolean isCanonicalName(String name) {
        return canonicalNames.contains(name);
    }

    boolean isDemonym(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return demonyms.contains(lower)
                || lower.startsWith("pro-") && demonyms.contains(lower.substring(4))
                || lower.startsWith("anti-") && demonyms.contains(lower.substring(5));
    }

    /** The adjective of a country or region ("Israel" → "Israeli"), or null. */
    String adjectiveOf(String place) {
        return adjectives.get(place);
    }

    /** The country whose capital is {@code city} ("Kyiv" → "Ukraine"), or null. */
    String countryOfCapital(String city) {
        return countryOfCapital.get(city);
    }

    /** The country or region of a demonym as written ("Israelis" → "Israel"), or null. */
    String placeOfDemonym(String word) {
        return placeOfDemonym.get(word);
    }
}
