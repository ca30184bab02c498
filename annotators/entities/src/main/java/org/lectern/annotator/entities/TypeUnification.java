package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One type per canonical name: the gazetteer's if it lists the name, else the most frequent. */
record TypeUnification(NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        Map<String, List<Integer>> byCanonical = MentionPass.positionsBy(mentions, Mention::canonical);
        for (List<Integer> entity : byCanonical.values()) {
            String canonical = mentions.get(entity.get(0)).canonical();
            NewsGazetteer.Match listed = gazetteer.exactEntry(canonical);
            EntityType type = listed != null && gazetteer.isCanonicalName(canonical)
                    ? listed.type()
                    : entity.stream()
                            .collect(Collectors.groupingBy(
                                    i -> mentions.get(i).type(), LinkedHashMap::new, Collectors.counting()))
                            .entrySet()
                            .stream()
                            .max(Map.Entry.comparingByValue())
                            .orElseThrow()
                            .getKey();
            entity.forEach(i -> mentions.set(i, mentions.get(i).withType(type)));
        }
        return mentions;
    }
}
