package org.lectern.annotator.language;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lingua 1.2.2's rule-based steps before n-gram scoring ({@code LanguageDetector.detectLanguageWithRules} and
 * {@code filterLanguagesByRules}), with its script and character tables, which Lingua keeps internal. The
 * tables are copied from Lingua's {@code Language}, {@code Alphabet} and {@code Constant} (checked against them
 * by the tests); the languages per Latin, Cyrillic, Arabic and Devanagari script come from Lingua's public API.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class LinguaRules {

    /** Lingua's alphabets (Unicode scripts) with the languages written in each. */
    static final Map<UnicodeScript, Set<Language>> LANGUAGES_BY_SCRIPT = languagesByScript();

    /** Characters that, among the languages of their script, only these languages use. */
    static final Map<Language, String> UNIQUE_CHARACTERS = uniqueCharacters();

    /** Characters used by only a few languages: a text using them is likely one of these. */
    static final Map<String, Set<Language>> CHARS_TO_LANGUAGES = charsToLanguages();

    /** {@link #CHARS_TO_LANGUAGES} by character (each character stands in one entry). */
    private static final Map<Character, Set<Language>> LANGUAGES_BY_CHAR = languagesByChar();

    private final Set<Language> languages;
    /** Scripts that only one language uses (among all Lingua's languages), if that one is a candidate. */
    private final Map<UnicodeScript, Language> oneLanguageScripts = new EnumMap<>(UnicodeScript.class);

    private final Map<Language, String> candidatesWithUniqueCharacters = new EnumMap<>(Language.class);
    /** All characters of {@link #candidatesWithUniqueCharacters}, to pass over all others at once. */
    private final BitSet uniqueCharacters = new BitSet();

    LinguaRules(Set<Language> languages) {
        this.languages = Collections.unmodifiableSet(EnumSet.copyOf(languages));
        LANGUAGES_BY_SCRIPT.forEach((script, scriptLanguages) -> {
            if (scriptLanguages.size() == 1 && languages.containsAll(scriptLanguages)) {
                oneLanguageScripts.put(script, scriptLanguages.iterator().next());
            }
        });
        UNIQUE_CHARACTERS.forEach((language, characters) -> {
            if (languages.contains(language)) {
                candidatesWithUniqueCharacters.put(language, characters);
                characters.chars().forEach(uniqueCharacters::set);
            }
        });
    }

    /**
     * The language that the words' scripts and unique characters give away, else {@link Language#UNKNOWN}
     * (Lingua's {@code detectLanguageWithRules}).
     */
    Language detectLanguageWithRules(List<String> words) {
        Map<Language, Integer> totalLanguageCounts = new LinkedHashMap<>();
        for (String word : words) {
            Map<Language, Integer> wordLanguageCounts = new LinkedHashMap<>();
            for (int i = 0; i < word.length(); i++) {
                char character = word.charAt(i);
                UnicodeScript script = UnicodeScript.of(character);
                Language oneLanguage = oneLanguageScripts.get(script);
                if (oneLanguage != null) {
                    wordLanguageCounts.merge(oneLanguage, 1, Integer::sum);
                } else if (script == UnicodeScript.HAN) {
                    wordLanguageCounts.merge(CHINESE, 1, Integer::sum);
                } else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
                    wordLanguageCounts.merge(JAPANESE, 1, Integer::sum);
                } else if (uniqueCharacters.get(character)
                        && (script == UnicodeScript.LATIN
                                || script == UnicodeScript.CYRILLIC
                                || script == UnicodeScript.DEVANAGARI)) {
                    candidatesWithUniqueCharacters.forEach((language, characters) -> {
                        if (characters.indexOf(character) >= 0) {
                            wordLanguageCounts.merge(language, 1, Integer::sum);
                        }
                    });
                }
            }
            Language wordLanguage = UNKNOWN;
            if (wordLanguageCounts.size() == 1) {
                wordLanguage = wordLanguageCounts.keySet().iterator().next();
            } else if (wordLanguageCounts.size() > 1) {
                List<Map.Entry<Language, Integer>> sorted = sortedByCountDescending(wordLanguageCounts);
                if (sorted.get(0).getValue() > sorted.get(1).getValue()) {
                    wordLanguage = sorted.get(0).getKey();
                }
            }
            totalLanguageCounts.merge(languages.contains(wordLanguage) ? wordLanguage : UNKNOWN, 1, Integer::sum);
        }
        if (totalLanguageCounts.getOrDefault(UNKNOWN, 0) < 0.5 * words.size()) {
            totalLanguageCounts.remove(UNKNOWN);
        }
        if (totalLanguageCounts.isEmpty()) {
            return UNKNOWN;
        }
        if (totalLanguageCounts.size() == 1) {
            return totalLanguageCounts.keySet().iterator().next();
        }
        if (totalLanguageCounts.size() == 2
                && totalLanguageCounts.containsKey(CHINESE)
                && totalLanguageCounts.containsKey(JAPANESE)) {
            return JAPANESE;
        }
        List<Map.Entry<Language, Integer>> sorted = sortedByCountDescending(totalLanguageCounts);
        return sorted.get(0).getValue().equals(sorted.get(1).getValue())
                ? UNKNOWN
                : sorted.get(0).getKey();
    }

    /**
     * The candidates left by the words' most frequent script and by characters only few languages use
     * (Lingua's {@code filterLanguagesByRules}).
     */
    Set<Language> filterLanguagesByRules(List<String> words) {
        Map<UnicodeScript, Integer> detectedScripts = new LinkedHashMap<>();
        for (String word : words) {
            UnicodeScript script = scriptOf(word);
            if (script != null) {
                detectedScripts.merge(script, 1, Integer::sum);
            }
        }
        if (detectedScripts.isEmpty()
                || detectedScripts.size() > 1
                        && detectedScripts.values().stream().distinct().count() == 1) {
            return languages;
        }
        UnicodeScript mostFrequentScript = null;
        int highestCount = 0;
        for (Map.Entry<UnicodeScript, Integer> entry : detectedScripts.entrySet()) {
            if (entry.getValue() > highestCount) { // the first of equally frequent ones, as Kotlin's maxByOrNull
                mostFrequentScript = entry.getKey();
                highestCount = entry.getValue();
            }
        }
        Set<Language> filteredLanguages = EnumSet.noneOf(Language.class);
        filteredLanguages.addAll(languages);
        filteredLanguages.retainAll(LANGUAGES_BY_SCRIPT.get(mostFrequentScript));
        Map<Language, Integer> languageCounts = new EnumMap<>(Language.class);
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                char character = word.charAt(i);
                Set<Language> charLanguages = LANGUAGES_BY_CHAR.get(character);
                if (charLanguages != null && word.indexOf(character) == i) { // each distinct character once per word
                    for (Language language : charLanguages) {
                        if (filteredLanguages.contains(language)) {
                            languageCounts.merge(language, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Set<Language> languagesSubset = EnumSet.noneOf(Language.class);
        languageCounts.forEach((language, count) -> {
            if (count >= words.size() / 2.0) {
                languagesSubset.add(language);
            }
        });
        return languagesSubset.isEmpty() ? filteredLanguages : languagesSubset;
    }

    /** The script of Lingua's alphabets that all code points of the word are in, else null. */
    private static UnicodeScript scriptOf(String word) {
        UnicodeScript script = UnicodeScript.of(word.codePointAt(0));
        if (!LANGUAGES_BY_SCRIPT.containsKey(script)
                || !word.codePoints().allMatch(codePoint -> UnicodeScript.of(codePoint) == script)) {
            return null;
        }
        return script;
    }

    private static List<Map.Entry<Language, Integer>> sortedByCountDescending(Map<Language, Integer> counts) {
        List<Map.Entry<Language, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(
                Map.Entry.<Language, Integer>comparingByValue().reversed()); // stable, as Kotlin's sortedByDescending
        return sorted;
    }

    private static Map<UnicodeScript, Set<Language>> languagesByScript() {
        Map<UnicodeScript, Set<Language>> scripts = new EnumMap<>(UnicodeScript.class);
        scripts.put(UnicodeScript.ARABIC, EnumSet.copyOf(Language.allWithArabicScript()));
        scripts.put(UnicodeScript.ARMENIAN, EnumSet.of(ARMENIAN));
        scripts.put(UnicodeScript.BENGALI, EnumSet.of(BENGALI));
        scripts.put(UnicodeScript.CYRILLIC, EnumSet.copyOf(Language.allWithCyrillicScript()));
        scripts.put(UnicodeScript.DEVANAGARI, EnumSet.copyOf(Language.allWithDevanagariScript()));
        scripts.put(UnicodeScript.GEORGIAN, EnumSet.of(GEORGIAN));
        scripts.put(UnicodeScript.GREEK, EnumSet.of(GREEK));
        scripts.put(UnicodeScript.GUJARATI, EnumSet.of(GUJARATI));
        scripts.put(UnicodeScript.GURMUKHI, EnumSet.of(PUNJABI));
        scripts.put(UnicodeScript.HAN, EnumSet.of(CHINESE, JAPANESE));
        scripts.put(UnicodeScript.HANGUL, EnumSet.of(KOREAN));
        scripts.put(UnicodeScript.HEBREW, EnumSet.of(HEBREW));
        scripts.put(UnicodeScript.HIRAGANA, EnumSet.of(JAPANESE));
        scripts.put(UnicodeScript.KATAKANA, EnumSet.of(JAPANESE));
        scripts.put(UnicodeScript.LATIN, EnumSet.copyOf(Language.allWithLatinScript()));
        scripts.put(UnicodeScript.TAMIL, EnumSet.of(TAMIL));
        scripts.put(UnicodeScript.TELUGU, EnumSet.of(TELUGU));
        scripts.put(UnicodeScript.THAI, EnumSet.of(THAI));
        return Collections.unmodifiableMap(scripts);
    }

    private static Map<Character, Set<Language>> languagesByChar() {
        Map<Character, Set<Language>> byChar = new HashMap<>();
        CHARS_TO_LANGUAGES.forEach((characters, languages) -> characters.chars().forEach(character -> {
            if (byChar.put((char) character, languages) != null) {
                throw new IllegalStateException("character " + (char) character + " stands in two entries");
            }
        }));
        return Collections.unmodifiableMap(byChar);
    }

    private static Map<Language, String> uniqueCharacters() {
        Map<Language, String> characters = new EnumMap<>(Language.class);
        characters.put(AZERBAIJANI, "Əə");
        characters.put(CATALAN, "Ïï");
        characters.put(CZECH, "ĚěŘřŮů");
        characters.put(ESPERANTO, "ĈĉĜĝĤĥĴĵŜŝŬŭ");
        characters.put(GERMAN, "ß");
        characters.put(HUNGARIAN, "ŐőŰű");
        characters.put(KAZAKH, "ӘәҒғҚқҢңҰұ");
        characters.put(LATVIAN, "ĢģĶķĻļŅņ");
        characters.put(LITHUANIAN, "ĖėĮįŲų");
        characters.put(MACEDONIAN, "ЃѓЅѕЌќЏџ");
        characters.put(MARATHI, "ळ");
        characters.put(MONGOLIAN, "ӨөҮү");
        characters.put(POLISH, "ŁłŃńŚśŹź");
        characters.put(ROMANIAN, "Țţ");
        characters.put(SERBIAN, "ЂђЋћ");
        characters.put(SLOVAK, "ĹĺĽľŔŕ");
        characters.put(SPANISH, "¿¡");
        characters.put(UKRAINIAN, "ҐґЄєЇї");
        characters.put(
                VIETNAMESE,
                "ẰằẦầẲẳẨẩẴẵẪẫẮắẤấẠạẶặẬậỀềẺẻỂểẼẽỄễẾếỆệỈỉĨĩỊịƠơỒồỜờỎỏỔổỞởỖỗỠỡỐốỚớỘộỢợƯưỪừỦủỬửŨũỮữỨứỤụỰựỲỳỶỷỸỹỴỵ");
        characters.put(YORUBA, "Ṣṣ");
        return Collections.unmodifiableMap(characters);
    }

    private static Map<String, Set<Language>> charsToLanguages() {
        Map<String, Set<Language>> mapping = new LinkedHashMap<>();
        mapping.put("Ãã", EnumSet.of(PORTUGUESE, VIETNAMESE));
        mapping.put("ĄąĘę", EnumSet.of(LITHUANIAN, POLISH));
        mapping.put("Żż", EnumSet.of(POLISH, ROMANIAN));
        mapping.put("Îî", EnumSet.of(FRENCH, ROMANIAN));
        mapping.put("Ññ", EnumSet.of(BASQUE, SPANISH));
        mapping.put("ŇňŤť", EnumSet.of(CZECH, SLOVAK));
        mapping.put("Ăă", EnumSet.of(ROMANIAN, VIETNAMESE));
        mapping.put("İıĞğ", EnumSet.of(AZERBAIJANI, TURKISH));
        mapping.put("ЈјЉљЊњ", EnumSet.of(MACEDONIAN, SERBIAN));
        mapping.put("ẸẹỌọ", EnumSet.of(VIETNAMESE, YORUBA));
        mapping.put("ÐðÞþ", EnumSet.of(ICELANDIC, TURKISH));
        mapping.put("Ûû", EnumSet.of(FRENCH, HUNGARIAN));
        mapping.put("Ōō", EnumSet.of(MAORI, YORUBA));
        mapping.put("ĀāĒēĪī", EnumSet.of(LATVIAN, MAORI, YORUBA));
        mapping.put("Şş", EnumSet.of(AZERBAIJANI, ROMANIAN, TURKISH));
        mapping.put("Ďď", EnumSet.of(CZECH, ROMANIAN, SLOVAK));
        mapping.put("Ćć", EnumSet.of(BOSNIAN, CROATIAN, POLISH));
        mapping.put("Đđ", EnumSet.of(BOSNIAN, CROATIAN, VIETNAMESE));
        mapping.put("Іі", EnumSet.of(BELARUSIAN, KAZAKH, UKRAINIAN));
        mapping.put("Ìì", EnumSet.of(ITALIAN, VIETNAMESE, YORUBA));
        mapping.put("Øø", EnumSet.of(BOKMAL, DANISH, NYNORSK));
        mapping.put("Ūū", EnumSet.of(LATVIAN, LITHUANIAN, MAORI, YORUBA));
        mapping.put("Ëë", EnumSet.of(AFRIKAANS, ALBANIAN, DUTCH, FRENCH));
        mapping.put("ÈèÙù", EnumSet.of(FRENCH, ITALIAN, VIETNAMESE, YORUBA));
        mapping.put("Êê", EnumSet.of(AFRIKAANS, FRENCH, PORTUGUESE, VIETNAMESE));
        mapping.put("Õõ", EnumSet.of(ESTONIAN, HUNGARIAN, PORTUGUESE, VIETNAMESE));
        mapping.put("Ôô", EnumSet.of(FRENCH, PORTUGUESE, SLOVAK, VIETNAMESE));
        mapping.put("ЁёЫыЭэ", EnumSet.of(BELARUSIAN, KAZAKH, MONGOLIAN, RUSSIAN));
        mapping.put("ЩщЪъ", EnumSet.of(BULGARIAN, KAZAKH, MONGOLIAN, RUSSIAN));
        mapping.put("Òò", EnumSet.of(CATALAN, ITALIAN, VIETNAMESE, YORUBA));
        mapping.put("Ææ", EnumSet.of(BOKMAL, DANISH, ICELANDIC, NYNORSK));
        mapping.put("Åå", EnumSet.of(BOKMAL, DANISH, NYNORSK, SWEDISH));
        mapping.put("Ýý", EnumSet.of(CZECH, ICELANDIC, SLOVAK, TURKISH, VIETNAMESE));
        mapping.put("Ää", EnumSet.of(ESTONIAN, FINNISH, GERMAN, SLOVAK, SWEDISH));
        mapping.put("Àà", EnumSet.of(CATALAN, FRENCH, ITALIAN, PORTUGUESE, VIETNAMESE));
        mapping.put("Ââ", EnumSet.of(FRENCH, PORTUGUESE, ROMANIAN, TURKISH, VIETNAMESE));
        mapping.put("Üü", EnumSet.of(AZERBAIJANI, CATALAN, ESTONIAN, GERMAN, HUNGARIAN, SPANISH, TURKISH));
        mapping.put("ČčŠšŽž", EnumSet.of(BOSNIAN, CZECH, CROATIAN, LATVIAN, LITHUANIAN, SLOVAK, SLOVENE));
        mapping.put("Çç", EnumSet.of(ALBANIAN, AZERBAIJANI, BASQUE, CATALAN, FRENCH, PORTUGUESE, TURKISH));
        mapping.put("Öö", EnumSet.of(AZERBAIJANI, ESTONIAN, FINNISH, GERMAN, HUNGARIAN, ICELANDIC, SWEDISH, TURKISH));
        mapping.put(
                "Óó",
                EnumSet.of(
                        CATALAN, HUNGARIAN, ICELANDIC, IRISH, POLISH, PORTUGUESE, SLOVAK, SPANISH, VIETNAMESE, YORUBA));
        mapping.put(
                "ÁáÍíÚú",
                EnumSet.of(
                        CATALAN, CZECH, ICELANDIC, IRISH, HUNGARIAN, PORTUGUESE, SLOVAK, SPANISH, VIETNAMESE, YORUBA));
        mapping.put(
                "Éé",
                EnumSet.of(
                        CATALAN,
                        CZECH,
                        FRENCH,
                        HUNGARIAN,
                        ICELANDIC,
                        IRISH,
                        ITALIAN,
                        PORTUGUESE,
                        SLOVAK,
                        SPANISH,
                        VIETNAMESE,
                        YORUBA));
        return Collections.unmodifiableMap(mapping);
    }
}
