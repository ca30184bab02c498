package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;

/** The text shapes names are compared by: token text with single spaces, capitalisation, shouting. */
final class NameText {

    private NameText() {}

    /**
     * The text of tokens {@code from..to} (exclusive), with one space wherever the text had white space between
     * tokens: the key under which names are listed and compared.
     */
    static String key(List<CoreLabel> tokens, int from, int to, boolean lowerCase) {
        int last = Math.min(to, tokens.size());
        StringBuilder key = new StringBuilder(tokens.get(from).originalText());
        for (int i = from + 1; i < last; i++) {
            if (tokens.get(i).beginPosition() > tokens.get(i - 1).endPosition()) {
                key.append(' ');
            }
            key.append(tokens.get(i).originalText());
        }
        return lowerCase ? key.toString().toLowerCase(Locale.ROOT) : key.toString();
    }

    /** "ISRAEL" in a banner is "Israel"; short all-capital words are acronyms, not shouting. */
    static boolean isShouted(String surface) {
        return surface.length() > 3
                && surface.equals(surface.toUpperCase(Locale.ROOT))
                && !surface.equals(surface.toLowerCase(Locale.ROOT));
    }

    static String titleCase(String surface) {
        StringBuilder title = new StringBuilder();
        for (String word : surface.toLowerCase(Locale.ROOT).split(" ")) {
            title.append(title.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return title.toString();
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
