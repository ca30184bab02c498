package org.lectern.annotator.quotes;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * A name mention a speaker can be attributed to: a DKPro {@link NamedEntity} from the entities layer, or, when
 * that layer is absent, a capitalised name found by {@link NameMentions} ({@code entity} null, {@code type}
 * null = unknown).
 */
record Mention(int begin, int end, String type, String canonical, NamedEntity entity) {

    static final String PERSON = "PERSON";
    static final String ORGANIZATION = "ORGANIZATION";

    boolean isPerson() {
        return type == null || PERSON.equals(type);
    }

    boolean isOrganization() {
        return type == null || ORGANIZATION.equals(type);
    }

    static Mention of(NamedEntity entity) {
        String identifier = entity.getIdentifier();
        String canonical = identifier == null || identifier.isBlank() ? entity.getCoveredText() : identifier;
        return new Mention(entity.getBegin(), entity.getEnd(), entity.getValue(), canonical, entity);
    }
}
