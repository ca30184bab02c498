package org.lectern.viewer;

import java.util.List;
import java.util.Map;

/**
 * What the list and the search need of one document, kept in memory for the whole folder so neither touches
 * the XMI files: counts per layer, languages, entity and quote mentions, and the text itself.
 *
 * @param error     why the document could not be loaded, or null
 * @param spinScore the document's spin score (translation-artefacts' {@code SpinScore}), or null when it has none
 * @param lowerText the text lower-cased for search, or null where lower-casing changes its length
 */
record DocumentSummary(
        String id,
        long lastModified,
        long size,
        String error,
        List<String> languages,
        Map<String, Integer> counts,
        int characters,
        Double spinScore,
        List<Mention> entities,
        List<Mention> quotes,
        String text,
        String lowerText) {

    /** An entity mention (label = canonical name) or a quote (label = speaker). */
    record Mention(String label, String coveredText, int begin, int end) {}

    static DocumentSummary failed(String id, long lastModified, long size, String error) {
        return new DocumentSummary(
                id, lastModified, size, error, List.of(), Map.of(), 0, null, List.of(), List.of(), "", "");
    }
}
