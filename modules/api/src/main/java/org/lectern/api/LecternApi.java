package org.lectern.api;

/** Version of the plugin API. A plugin jar declares the version it was built against in its manifest. */
public final class LecternApi {

    /**
     * Bumped when a change breaks plugins built against the previous version. The plugin loader refuses
     * a jar whose declared version differs.
     */
    public static final int VERSION = 1;

    /** Manifest main-section attribute in which a plugin jar declares {@link #VERSION}. */
    public static final String MANIFEST_ATTRIBUTE = "Lectern-Api-Version";

    private LecternApi() {}
}
