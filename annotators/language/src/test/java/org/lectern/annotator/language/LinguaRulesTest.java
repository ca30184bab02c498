package org.lectern.annotator.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Our copies of Lingua's internal tables equal Lingua's own (reached through Kotlin's mangled accessors). */
class LinguaRulesTest {

    @Test
    void scriptsOfEveryLanguageAreLinguasAlphabets() {
        for (Language language : Language.all()) {
            Set<String> ours = LinguaRules.LANGUAGES_BY_SCRIPT.entrySet().stream()
                    .filter(e -> e.getValue().contains(language))
                    .map(e -> e.getKey().name())
                    .collect(Collectors.toSet());
            Set<String> linguas =
                    language.getAlphabets$lingua().stream().map(Alphabet::name).collect(Collectors.toSet());
            assertThat(ours).as(language.name()).isEqualTo(linguas);
        }
        Set<String> linguaAlphabets =
                EnumSet.allOf(Alphabet.class).stream().map(Alphabet::name).collect(Collectors.toSet());
        linguaAlphabets.remove("NONE");
        assertThat(LinguaRules.LANGUAGES_BY_SCRIPT.keySet().stream().map(UnicodeScript::name))
                .containsExactlyInAnyOrderElementsOf(linguaAlphabets);
    }

    @Test
    void uniqueCharactersAreLinguas() {
        Map<Language, String> linguas = new HashMap<>();
        for (Language language : Language.all()) {
            if (language.getUniqueCharacters$lingua() != null
                    && !language.getUniqueCharacters$lingua().isBlank()) {
                linguas.put(language, language.getUniqueCharacters$lingua());
            }
        }
        assertThat(LinguaRules.UNIQUE_CHARACTERS).isEqualTo(linguas);
    }

    @Test
    void charactersToLanguagesAreLinguas() {
        assertThat(LinguaRules.CHARS_TO_LANGUAGES).isEqualTo(Constant.INSTANCE.getCHARS_TO_LANGUAGES_MAPPING());
    }
}
