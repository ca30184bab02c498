package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/** Job titles and honorifics ("Prime Minister", "Director-General", "Mr."), which stay outside names. */
final class JobTitles {

    private static final int MAX_TITLE_TOKENS = 4;

    /** Lower case, filled while the {@link NewsGazetteer} loads and read-only afterwards. */
    private final Set<String> titles;

    JobTitles(Set<String> titles) {
        this.titles = titles;
    }

    private boolean isTitle(List<CoreLabel> tokens, int start, int end) {
        String words = NameText.key(tokens, start, end, true);
        return titles.contains(words) || titles.contains(words.replaceAll("\\.$", ""));
    }

    /** How many tokens before {@code end} (and after {@code start}) form a job title ("Director-General"), 0 if none. */
    int trailingTitleLength(List<CoreLabel> tokens, int start, int end) {
        for (int length = Math.min(MAX_TITLE_TOKENS, end - start - 1); length > 0; length--) {
            int titleStart = end - length;
            // a title is a word of its own: "Mobile" in "T-Mobile" is not one
            boolean separate = tokens.get(titleStart).beginPosition()
                    > tokens.get(titleStart - 1).endPosition();
            if (separate && isTitle(tokens, titleStart, end)) {
                return length;
            }
        }
        return 0;
    }

    /** How many tokens from {@code start} form a job title or honorific ("Prime Minister", "Mr."), 0 if none. */
    int titleLength(List<CoreLabel> tokens, int start, int end) {
        for (int length = Math.min(MAX_TITLE_TOKENS, end - start); length > 0; length--) {
            if (isTitle(tokens, start, start + length)) {
                return length;
            }
        }
        return 0;
    }
}
