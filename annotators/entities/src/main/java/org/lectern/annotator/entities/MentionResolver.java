package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns candidate mentions of one document into final entity mentions with canonical names: adds gazetteer
 * matches, trims spans to the name (no determiner, title, possessive or punctuation), drops nationality words,
 * finds further mentions of names already found (surnames of full names included), and gives every mention of
 * one entity the same canonical name and type. Not thread-safe: one instance per document.
 */
final class MentionResolver {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Lower-case words that do occur inside names (longer than three letters: shorter ones are always allowed). */
    private static final Set<String> NAME_PARTICLES =
            Set.of("upon", "from", "with", "under", "over", "dell", "della", "degli");

    private static final Pattern PUNCTUATION_OR_POSSESSIVE = Pattern.compile("\\p{P}+|['’]s|``|''");
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:.*\\p{Lu}){2})\\p{Lu}[\\p{L}.]{1,7}");
    private static final Pattern DOMAIN =
            Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}]{2,})*\\.(com|org|net|gov|news|info|io|co\\.uk)");
    private static final Pattern GOVERNMENT_BODY = Pattern.compile(
            "(\\p{Lu}\\w+ )*(Ministry|Directorate)\\b.*|(Prime Minister|President)['’]s Office|National Security Council");
    private static final int COUNTRY_CONTEXT_SENTENCES = 3;
    private static final String WESTERN_WORLD = "Western world";
    /** Surnames not searched for elsewhere in the text: "May" after "Theresa May" is mostly the month. */
    private static final Set<String> MONTHS = Set.of("January", "March", "April", "May", "June", "July", "August");

    private static final Pattern MINISTRY_OF =
            Pattern.compile("\\b(Ministry|Department) of (?:the )?(\\p{Lu}[\\w ]*)$");

    private final NewsGazetteer gazetteer;
    private final boolean coreference;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();

    /** @param sentences tokens of the document's sentences, in document order */
    MentionResolver(NewsGazetteer gazetteer, List<List<CoreLabel>> sentences, boolean coreference) {
        this.gazetteer = gazetteer;
        this.coreference = coreference;
        for (List<CoreLabel> sentence : sentences) {
            this.sentences.add(new int[] {tokens.size(), tokens.size() + sentence.size()});
            tokens.addAll(sentence);
        }
    }

    int beginOffset(Mention mention) {
        return tokens.get(mention.start).beginPosition();
    }

    int endOffset(Mention mention) {
        return tokens.get(mention.end - 1).endPosition();
    }

    /** Final mentions, sorted by position, from the statistical model's candidates (may be empty). */
    List<Mention> resolve(List<Mention> modelMentions) {
        List<Mention> cleaned = new ArrayList<>();
        for (Mention candidate : modelMentions) {
            if (completesTitle(candidate)) {
                continue;
            }
            for (Mention part : split(candidate)) {
                Mention trimmed = trim(part);
                if (trimmed != null && !gazetteer.isDemonym(surface(trimmed.start, trimmed.end))) {
                    cleaned.add(withCountryAdjective(trimmed));
                }
            }
        }
        List<Mention> mentions = merge(cleaned, gazetteerMatches());
        mentions.addAll(bracketedAcronyms(mentions));
        if (coreference) {
            mentions = propagate(mentions);
        }
        mentions.sort(Comparator.comparingInt(m -> m.start));
        assignCanonicalNames(mentions);
        unifyTypes(mentions);
        return mentions;
    }

    private List<Mention> gazetteerMatches() {
        List<Mention> matches = new ArrayList<>();
        for (int[] sentence : sentences) {
            List<CoreLabel> sentenceTokens = tokens.subList(sentence[0], sentence[1]);
            for (int i = 0; i < sentenceTokens.size(); ) {
                NewsGazetteer.Match match = gazetteer.longestMatch(sentenceTokens, i);
                if (match == null && isTheWest(sentence[0] + i, sentence)) {
                    matches.add(new Mention(
                            sentence[0] + i, sentence[0] + i + 1, "LOCATION", WESTERN_WORLD, Mention.Source.GAZETTEER));
                }
                if (match == null) {
                    i++;
                } else {
                    int start = sentence[0] + i;
                    matches.add(new Mention(
                            start, start + match.length(), match.type(), match.canonical(), Mention.Source.GAZETTEER));
                    i += match.length();
                }
            }
        }
        return matches;
    }

    /** "the West" as a political region, not "West Ham" or "the West Bank". */
    private boolean isTheWest(int token, int[] sentence) {
        return word(token).equals("West")
                && token > sentence[0]
                && word(token - 1).equalsIgnoreCase("the")
                && (token + 1 == sentence[1] || !NewsGazetteer.isCapitalised(word(token + 1)));
    }

    /**
     * Splits what the model tagged as one name where it is two: "U.S.-Israel" when a part is a listed place or
     * organisation, and "the Defense Ministry and the National Security Council" at "and" when both sides have two
     * or more words ("Marks and Spencer" stays whole).
     */
    private List<Mention> split(Mention mention) {
        for (int i = mention.start + 1; i < mention.end - 1; i++) {
            boolean listedHyphenPart =
                    word(i).equals("-") && (isListed(mention.start, i) || isListed(i + 1, mention.end));
            boolean conjoinedNames = word(i).equals("and")
                    && !"PERSON".equals(mention.type)
                    && nameWords(mention.start, i) > 1
                    && nameWords(i + 1, mention.end) > 1;
            if (listedHyphenPart || conjoinedNames) {
                List<Mention> parts =
                        new ArrayList<>(split(new Mention(mention.start, i, mention.type, null, mention.source)));
                parts.addAll(split(new Mention(i + 1, mention.end, mention.type, null, mention.source)));
                return parts;
            }
        }
        return List.of(mention);
    }

    private int nameWords(int start, int end) {
        int words = 0;
        for (int i = start; i < end; i++) {
            words += DETERMINERS.contains(word(i).toLowerCase(Locale.ROOT)) || isPunctuation(i) ? 0 : 1;
        }
        return words;
    }

    /** "State" in "Secretary of State" is part of a title, not an organisation. */
    private boolean completesTitle(Mention mention) {
        int sentenceStart = sentenceOf(mention.start)[0];
        return mention.length() == 1
                && !isListed(mention.start, mention.end)
                && mention.start - 2 >= sentenceStart
                && word(mention.start - 1).equals("of")
                && gazetteer.titleLength(tokens, mention.start - 2, mention.start - 1) == 1;
    }

    private int[] sentenceOf(int token) {
        return sentences.stream()
                .filter(s -> s[0] <= token && token < s[1])
                .findFirst()
                .orElseThrow();
    }

    /** "Israeli Ministry of Defense (IMoD)": the bracketed acronym is a mention of the name before it. */
    private List<Mention> bracketedAcronyms(List<Mention> mentions) {
        List<Mention> acronyms = new ArrayList<>();
        for (Mention name : mentions) {
            int acronym = name.end + 1;
            if (!"PERSON".equals(name.type)
                    && name.length() > 1
                    && acronym + 1 < tokens.size()
                    && word(name.end).equals("(")
                    && word(acronym + 1).equals(")")
                    && ACRONYM.matcher(word(acronym)).matches()
                    && initials(surface(name.start, name.end))
                            .equals(word(acronym).replaceAll("[^\\p{Lu}]", ""))
                    && mentions.stream().noneMatch(m -> m.start <= acronym && acronym < m.end)) {
                acronyms.add(new Mention(acronym, acronym + 1, name.type, null, Mention.Source.PROPAGATED));
            }
        }
        return acronyms;
    }

    private boolean isListed(int start, int end) {
        NewsGazetteer.Match match = gazetteer.longestMatch(tokens.subList(start, end), 0);
        return match != null && match.length() == end - start;
    }

    /** The name part of a model mention, or null if nothing name-like is left. */
    private Mention trim(Mention mention) {
        int start = mention.start;
        int end = mention.end;
        while (start < end && (DETERMINERS.contains(word(start).toLowerCase(Locale.ROOT)) || isPunctuation(start))) {
            start++;
        }
        while (end > start && isPunctuation(end - 1)) {
            end--;
        }
        // "US TV network Fox News": a name does not contain lower-case content words, the name is what follows
        for (int i = end - 1; i > start; i--) {
            if (isLowerCaseContentWord(i)) {
                start = i + 1;
                break;
            }
        }
        if (start >= end) {
            return null;
        }
        String type = DOMAIN.matcher(surface(start, end)).matches() ? "ORGANIZATION" : mention.type;
        if ("ORGANIZATION".equals(type)) {
            // "Israeli Foreign Ministry Director-General" → the ministry
            for (int title = gazetteer.trailingTitleLength(tokens, start, end);
                    title > 0 && title < end - start;
                    title = gazetteer.trailingTitleLength(tokens, start, end)) {
                end -= title;
                while (end > start + 1 && isPunctuation(end - 1)) {
                    end--;
                }
            }
        }
        if ("PERSON".equals(type)) {
            for (boolean trimmed = true; trimmed && end - start > 1; ) {
                int title = gazetteer.titleLength(tokens, start, end);
                if (title > 0 && title < end - start) {
                    start += title;
                } else if (gazetteer.isDemonym(word(start)) || isPunctuation(start)) {
                    start++;
                } else {
                    trimmed = false;
                }
            }
        }
        if (start >= end || !surface(start, end).chars().anyMatch(Character::isUpperCase)) {
            return null;
        }
        return new Mention(start, end, type, null, mention.source);
    }

    /** "Israeli" belongs to the name in "Israeli Foreign Ministry" (but is no entity in "Israeli officials"). */
    private Mention withCountryAdjective(Mention mention) {
        int before = mention.start - 1;
        if ("ORGANIZATION".equals(mention.type)
                && before >= sentenceOf(mention.start)[0]
                && NewsGazetteer.isCapitalised(word(before))
                && gazetteer.isDemonym(word(before))
                && GOVERNMENT_BODY.matcher(surface(mention.start, mention.end)).matches()) {
            return new Mention(before, mention.end, mention.type, null, mention.source);
        }
        return mention;
    }

    private boolean isLowerCaseContentWord(int token) {
        String word = word(token);
        return word.length() > 3 && word.chars().allMatch(Character::isLowerCase) && !NAME_PARTICLES.contains(word);
    }

    private boolean isPunctuation(int token) {
        return PUNCTUATION_OR_POSSESSIVE.matcher(word(token)).matches();
    }

    /** Model mentions plus gazetteer matches; a gazetteer match replaces overlapping model mentions unless one of them is a longer name containing it. */
    private static List<Mention> merge(List<Mention> model, List<Mention> listed) {
        List<Mention> merged = new ArrayList<>(model);
        for (Mention match : listed) {
            List<Mention> overlapping =
                    merged.stream().filter(m -> m.overlaps(match)).toList();
            if (overlapping.stream().noneMatch(m -> m.contains(match) && m.length() > match.length())) {
                merged.removeAll(overlapping);
                merged.add(match);
            }
        }
        return merged;
    }

    /** Adds every further occurrence of a name already found, and of the surname of a person's full name. */
    private List<Mention> propagate(List<Mention> mentions) {
        Map<String, Mention> known = new HashMap<>();
        for (Mention mention : mentions) {
            known.putIfAbsent(NewsGazetteer.key(tokens, mention.start, mention.end, false), mention);
        }
        for (Mention mention : mentions) {
            if ("PERSON".equals(mention.type)
                    && mention.length() > 1
                    && isSurname(mention.end - 1)
                    && !MONTHS.contains(word(mention.end - 1))) {
                known.put(
                        word(mention.end - 1),
                        new Mention(mention.end - 1, mention.end, "PERSON", null, Mention.Source.PROPAGATED));
            }
        }
        int longest = mentions.stream().mapToInt(Mention::length).max().orElse(0);
        boolean[] covered = new boolean[tokens.size()];
        mentions.forEach(m -> Arrays.fill(covered, m.start, m.end, true));
        List<Mention> result = new ArrayList<>(mentions);
        for (int[] sentence : sentences) {
            for (int i = sentence[0]; i < sentence[1]; i++) {
                for (int length = Math.min(longest, sentence[1] - i); length > 0 && !covered[i]; length--) {
                    Mention model = known.get(NewsGazetteer.key(tokens, i, i + length, false));
                    // "West" found alone is not the start of "West Ham" (but "Foreign Ministry Director" is fine)
                    boolean partOfLongerName = i + length < sentence[1]
                            && NewsGazetteer.isCapitalised(word(i + length))
                            && gazetteer.titleLength(tokens, i + length, i + length + 1) == 0;
                    if (model != null && !partOfLongerName && !anyCovered(covered, i, i + length)) {
                        boolean exactCopy = model.length() == length;
                        result.add(new Mention(
                                i,
                                i + length,
                                model.type,
                                exactCopy ? model.canonical : null,
                                Mention.Source.PROPAGATED));
                        Arrays.fill(covered, i, i + length, true);
                    }
                }
            }
        }
        return result;
    }

    private boolean isSurname(int token) {
        String word = word(token);
        return word.length() > 1
                && NewsGazetteer.isCapitalised(word)
                && !word.endsWith(".")
                && !gazetteer.isDemonym(word);
    }

    private static boolean anyCovered(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private void assignCanonicalNames(List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.canonical == null || mention.source == Mention.Source.MODEL) {
                NewsGazetteer.Match entry =
                        gazetteer.exactEntry(NewsGazetteer.key(tokens, mention.start, mention.end, false));
                mention.canonical = entry != null ? entry.canonical() : surface(mention.start, mention.end);
                mention.type = entry != null ? entry.type() : mention.type;
            }
        }
        resolvePartialOrganisationNames(mentions);
        addCountryToGovernmentBodies(mentions);
        resolveAcronyms(mentions);
        unifySpellingVariants(mentions);
        resolveSurnames(mentions);
        resolveShortOrganisationNames(mentions);
    }

    /** A lone first word of an organisation's name ("Santander" after "Santander Central Hispano") is that organisation. */
    private void resolveShortOrganisationNames(List<Mention> mentions) {
        Map<String, Mention> byFirstWord = new HashMap<>();
        for (Mention organisation : mentions) {
            String first = word(organisation.start);
            if ("ORGANIZATION".equals(organisation.type)
                    && organisation.length() > 1
                    && NewsGazetteer.isCapitalised(first)
                    && !gazetteer.isDemonym(first)) {
                byFirstWord.putIfAbsent(first, organisation);
            }
        }
        for (Mention mention : mentions) {
            String surface = surface(mention.start, mention.end);
            Mention organisation = byFirstWord.get(surface);
            if (organisation != null
                    && mention.length() == 1
                    && !"LOCATION".equals(mention.type)
                    && mention.canonical.equals(surface)
                    && gazetteer.exactEntry(surface) == null) {
                mention.type = organisation.type;
                mention.canonical = organisation.canonical;
            }
        }
    }

    /** "Foreign Ministry" is the "Israeli Foreign Ministry" of the same article; "Defense Ministry" matches "Ministry of Defense". */
    private void resolvePartialOrganisationNames(List<Mention> mentions) {
        List<Mention> organisations =
                mentions.stream().filter(m -> "ORGANIZATION".equals(m.type)).toList();
        Map<String, Long> frequency =
                organisations.stream().collect(Collectors.groupingBy(m -> m.canonical, Collectors.counting()));
        for (Mention partial : organisations) {
            String partialKey = " " + organisationKey(partial.canonical);
            // "United" in a Manchester United report is not the "Shareholders United" mentioned once
            organisations.stream()
                    .filter(full -> organisationKey(full.canonical).endsWith(partialKey)
                            || isShortenedLastWord(partial.canonical, full.canonical))
                    .map(full -> full.canonical)
                    .max(Comparator.<String, Long>comparing(frequency::get).thenComparingInt(String::length))
                    .ifPresent(full -> partial.canonical = full);
        }
    }

    /** "GW Pharma" for "GW Pharmaceuticals": the same words, the last one cut short. */
    private static boolean isShortenedLastWord(String shortName, String fullName) {
        int shortSpace = shortName.lastIndexOf(' ');
        int fullSpace = fullName.lastIndexOf(' ');
        return shortSpace > 0
                && shortSpace == fullSpace
                && shortName.length() - shortSpace > 3
                && shortName.length() < fullName.length()
                && fullName.startsWith(shortName);
    }

    /**
     * "Finance Ministry", "National Security Council", "Prime Minister's Office" without a country belong to the
     * country most present around them (its name, its demonyms, names of organisations containing it, in the
     * mention's sentence and the {@value #COUNTRY_CONTEXT_SENTENCES} before): the canonical name gets that
     * country's adjective ("Israeli Finance Ministry").
     */
    private void addCountryToGovernmentBodies(List<Mention> mentions) {
        for (Mention mention : mentions) {
            String firstWord = mention.canonical.split("[\\s-]")[0];
            if ("ORGANIZATION".equals(mention.type)
                    && GOVERNMENT_BODY.matcher(mention.canonical).matches()
                    && !gazetteer.isDemonym(firstWord)
                    && gazetteer.adjectiveOf(firstWord) == null
                    && !gazetteer.isCanonicalName(mention.canonical)) {
                String country = countryAround(mention, mentions);
                if (country != null) {
                    mention.canonical = gazetteer.adjectiveOf(country) + " " + mention.canonical;
                }
            }
        }
    }

    private String countryAround(Mention mention, List<Mention> mentions) {
        int sentence = sentences.indexOf(sentenceOf(mention.start));
        int from = sentences.get(Math.max(0, sentence - COUNTRY_CONTEXT_SENTENCES))[0];
        int to = sentences.get(sentence)[1];
        // country signals by position: ties go to the country named first
        Map<Integer, String> signals = new TreeMap<>();
        for (Mention other : mentions) {
            if (other.start >= from && other.end <= to) {
                String country =
                        "ORGANIZATION".equals(other.type) ? countryInName(other.canonical) : countryOf(other.canonical);
                if (country != null) {
                    signals.put(other.start, country);
                }
            }
        }
        for (int i = from; i < to; i++) {
            String country = gazetteer.placeOfDemonym(word(i));
            if (country != null && gazetteer.adjectiveOf(country) != null) {
                signals.putIfAbsent(i, country);
            }
        }
        Map<String, Integer> weight = new LinkedHashMap<>();
        signals.values().forEach(country -> weight.merge(country, 1, Integer::sum));
        return weight.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The country a place name stands for: itself if it has an adjective, else the country of a capital. */
    private String countryOf(String place) {
        if (gazetteer.adjectiveOf(place) != null) {
            return place;
        }
        String country = gazetteer.countryOfCapital(place);
        return country != null && gazetteer.adjectiveOf(country) != null ? country : null;
    }

    /** "Israel Defense Forces", "Israeli Ministry of Defense": the country an organisation's name contains. */
    private String countryInName(String name) {
        for (String word : name.split(" ")) {
            String country = gazetteer.adjectiveOf(word) != null ? word : gazetteer.placeOfDemonym(word);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private static String organisationKey(String name) {
        var matcher = MINISTRY_OF.matcher(name);
        return matcher.find() ? name.substring(0, matcher.start()) + matcher.group(2) + " " + matcher.group(1) : name;
    }

    /** "IDF" after "Israel Defense Forces", "IMoD" after "Israeli Ministry of Defense": capital initials match. */
    private void resolveAcronyms(List<Mention> mentions) {
        for (Mention acronym : mentions) {
            String surface = surface(acronym.start, acronym.end);
            if (acronym.length() != 1
                    || !acronym.canonical.equals(surface)
                    || !ACRONYM.matcher(surface).matches()) {
                continue;
            }
            String letters = surface.replaceAll("[^\\p{Lu}]", "");
            mentions.stream()
                    .filter(full -> !"PERSON".equals(full.type)
                            && full.canonical.contains(" ")
                            && initials(full.canonical).equals(letters))
                    .findFirst()
                    .ifPresent(full -> {
                        acronym.canonical = full.canonical;
                        acronym.type = full.type;
                    });
        }
    }

    private static String initials(String name) {
        return Arrays.stream(name.split("[\\s-]+"))
                .filter(NewsGazetteer::isCapitalised)
                .map(word -> word.substring(0, 1))
                .collect(Collectors.joining());
    }

    /** Transliteration variants (Zelensky/Zelenskyy, Oleksii/Oleksiy, Assad/al-Assad) share one canonical name. */
    private void unifySpellingVariants(List<Mention> mentions) {
        Map<String, List<Mention>> byVariant = mentions.stream()
                .collect(Collectors.groupingBy(
                        m -> m.type + "|" + variantKey(m.canonical), LinkedHashMap::new, Collectors.toList()));
        for (List<Mention> variants : byVariant.values()) {
            Map<String, Long> counts = variants.stream()
                    .collect(Collectors.groupingBy(m -> m.canonical, LinkedHashMap::new, Collectors.counting()));
            if (counts.size() > 1) {
                String preferred = counts.keySet().stream()
                        .max(Comparator.<String, Boolean>comparing(gazetteer::isCanonicalName)
                                .thenComparing(counts::get)
                                .thenComparing(String::length))
                        .orElseThrow();
                variants.forEach(m -> m.canonical = preferred);
            }
        }
    }

    static String variantKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\b(al|el)-", "")
                .replaceAll("[^\\p{L} ]", "")
                .replaceAll("(\\p{L})\\1+", "$1");
        return plain.replaceAll("iy\\b", "i").replaceAll("y\\b", "i");
    }

    /** A lone surname is the person named in full nearest before it (or, failing that, after it). */
    private void resolveSurnames(List<Mention> mentions) {
        List<Mention> fullNames = mentions.stream()
                .filter(m -> "PERSON".equals(m.type) && m.length() > 1 && isSurname(m.end - 1))
                .toList();
        Map<String, Long> fullNameCounts =
                fullNames.stream().collect(Collectors.groupingBy(m -> m.canonical, Collectors.counting()));
        Map<String, List<Mention>> bySurname = fullNames.stream()
                .collect(Collectors.groupingBy(m -> variantKey(word(m.end - 1)), HashMap::new, Collectors.toList()));
        for (Mention mention : mentions) {
            List<Mention> candidates = mention.length() == 1 ? bySurname.get(variantKey(word(mention.start))) : null;
            if (candidates == null) {
                continue;
            }
            // the person named most often in full, and of equals the nearest before (else after) the surname
            Mention antecedent = candidates.stream()
                    .min(Comparator.<Mention, Long>comparing(full -> -fullNameCounts.get(full.canonical))
                            .thenComparingInt(full -> full.start < mention.start
                                    ? mention.start - full.start
                                    : tokens.size() + full.start))
                    .orElseThrow();
            mention.type = "PERSON";
            mention.canonical = antecedent.canonical;
        }
    }

    /** One type per canonical name: the gazetteer's if it lists the name, else the most frequent. */
    private void unifyTypes(List<Mention> mentions) {
        Map<String, List<Mention>> byCanonical = mentions.stream()
                .collect(Collectors.groupingBy(m -> m.canonical, LinkedHashMap::new, Collectors.toList()));
        for (List<Mention> entity : byCanonical.values()) {
            NewsGazetteer.Match listed = gazetteer.exactEntry(entity.get(0).canonical);
            String type = listed != null && gazetteer.isCanonicalName(entity.get(0).canonical)
                    ? listed.type()
                    : entity.stream()
                            .collect(Collectors.groupingBy(m -> m.type, LinkedHashMap::new, Collectors.counting()))
                            .entrySet()
                            .stream()
                            .max(Map.Entry.comparingByValue())
                            .orElseThrow()
                            .getKey();
            entity.forEach(m -> m.type = type);
        }
    }

    private String word(int token) {
        return tokens.get(token).originalText();
    }

    /** The document text of tokens {@code start..end}, with single spaces where the text had white space. */
    String surface(int start, int end) {
        return NewsGazetteer.key(tokens, start, end, false);
    }
}
