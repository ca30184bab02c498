package org.lectern.annotator.entities;

import java.util.List;

/**
 * One step of {@link MentionResolver}: reads the mentions of a document and returns them changed (spans, types,
 * canonical names), fewer or more. Passes never modify the list they are given.
 */
interface MentionPass {

    List<Mention> apply(List<Mention> mentions);
}
