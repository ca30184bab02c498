package org.lectern.annotator.entities;

/** The three entity classes of the CRF and the gazetteers; {@link #name()} is the DKPro {@code value} written. */
enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION;

    /** The type named {@code value} in a resource file, or null if it names none. */
    static EntityType ofValue(String value) {
        for (EntityType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }
}
