package org.lectern.annotator.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Transliteration variants (Zelensky/Zelenskyy, Oleksii/Oleksiy, Assad/al-Assad) share one canonical name: the
 * listed one, else the most frequent, else the longest.
 */
record SpellingVariants(NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        Map<String, List<Integer>> byVariant =
                MentionPass.positionsBy(mentions, m -> m.type() + "|" + variantKey(m.canonical()));
        for (List<Integer> variants : byVariant.values()) {
            Map<String, Long> counts = variants.stream()
                    .collect(Collectors.groupingBy(
                            i -> mentions.get(i).canonical(), LinkedHashMap::new, Collectors.counting()));
            if (counts.size() > 1) {
                String preferred = counts.keySet().stream()
                        .max(Comparator.<String, Boolean>comparing(gazetteer::isCanonicalName)
                                .thenComparing(counts::get)
                                .thenComparing(String::length))
                        .orElseThrow();
                variants.forEach(i -> mentions.set(i, mentions.get(i).withCanonical(preferred)));
            }
        }
        return mentions;
    }

    /** The spelling-independent form of a name: no accents, case, "al-", doubled letters or final "y"/"iy". */
    static String variantKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\b(al|el)-", "")
                .replaceAll("[^\\p{L} ]", "")
                .replaceAll("(\\p{L})\\1+", "$1");
        return plain.replaceAll("iy\\b", "i").replaceAll("y\\b", "i");
    }
}
