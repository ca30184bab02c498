package org.lectern.annotator.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One step of {@link MentionResolver}: reads the mentions of a document and returns them changed (spans, types,
 * canonical names), fewer or more. Passes never modify the list they are given.
 */
interface MentionPass {

    List<Mention> apply(List<Mention> mentions);

    /** The positions of {@code mentions} grouped by {@code key}, groups in order of first occurrence. */
    static Map<String, List<Integer>> positionsBy(List<Mention> mentions, Function<Mention, String> key) {
        return IntStream.range(0, mentions.size())
                .boxed()
                .collect(Collectors.groupingBy(
                        i -> key.apply(mentions.get(i)), LinkedHashMap::new, Collectors.toList()));
    }
}
