package org.lectern.annotator.nlp4j;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps NLP4J's OntoNotes entity labels onto Lectern's three types (PERSON, ORGANIZATION, LOCATION); labels
 * without a mapping (NORP, DATE, MONEY, …) are dropped.
 */
final class OntoNotesTypes {

    static final Set<String> LECTERN_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private final Map<String, String> types;

    private OntoNotesTypes(Map<String, String> types) {
        this.types = types;
    }

    /**
     * Parses {@code ONTONOTES_LABEL=LECTERN_TYPE} pairs; a malformed pair or an unknown Lectern type is an
     * {@link IllegalArgumentException} naming {@code parameter}.
     */
    static OntoNotesTypes parse(String[] pairs, String parameter) {
        Map<String, String> types = new HashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || !LECTERN_TYPES.contains(parts[1].strip())) {
                throw new IllegalArgumentException("parameter " + parameter + ": '" + pair
                        + "' is not LABEL=TYPE with TYPE one of "
                        + String.join(", ", LECTERN_TYPES.stream().sorted().toList()));
            }
            types.put(parts[0].strip(), parts[1].strip());
        }
        return new OntoNotesTypes(types);
    }

    /** Lectern's type for an NLP4J label, or null when the label is not mapped. */
    String typeOf(String label) {
        return types.get(label);
    }
}
