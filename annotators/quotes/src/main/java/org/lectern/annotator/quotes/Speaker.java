package org.lectern.annotator.quotes;

/**
 * A resolved speaker. Named speakers have {@code mention} (the entity that identified them); unnamed ones a
 * description and the character span of the noun phrase the attribution uses.
 */
record Speaker(String name, Mention mention, int phraseBegin, int phraseEnd) {

    static Speaker named(Mention mention) {
        return new Speaker(mention.canonical(), mention, -1, -1);
    }

    boolean isNamed() {
        return mention != null;
    }
}
