package org.lectern.api.text;

import java.util.List;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.type.LanguageSpan;

/**
 * The language of each part of a document: the {@link LanguageSpan} covering an offset, else the document
 * language. English-only models (NER, the artefact statistics) ask {@link #isEnglishAt} before judging text.
 */
public final class LanguageRegions {

    /** The code of "language not known", as UIMA and DKPro write it. */
    public static final String UNSPECIFIED = "x-unspecified";

    private final List<LanguageSpan> spans;
    private final String documentLanguage;

    private LanguageRegions(List<LanguageSpan> spans, String documentLanguage) {
        this.spans = spans;
        this.documentLanguage = documentLanguage;
    }

    public static LanguageRegions of(JCas jcas) {
        return new LanguageRegions(List.copyOf(JCasUtil.select(jcas, LanguageSpan.class)), jcas.getDocumentLanguage());
    }

    /** The language of the first span covering {@code offset}, else the document language (may be null). */
    public String languageAt(int offset) {
        for (LanguageSpan span : spans) {
            if (span.getBegin() <= offset && offset < span.getEnd()) {
                return span.getLanguage();
            }
        }
        return documentLanguage;
    }

    /** Whether the text at {@code offset} is English, or of no known language (then English models may try). */
    public boolean isEnglishOrUnknownAt(int offset) {
        String language = languageAt(offset);
        return language == null || language.equals(UNSPECIFIED) || isEnglish(language);
    }

    /** Whether the text at {@code offset} is known to be English. */
    public boolean isEnglishAt(int offset) {
        return isEnglish(languageAt(offset));
    }

    /** {@code en} or a regional variant such as {@code en-GB}. */
    public static boolean isEnglish(String language) {
        return language != null && (language.equals("en") || language.startsWith("en-"));
    }
}
