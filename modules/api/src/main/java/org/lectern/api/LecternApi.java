package org.lectern.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.jar.Manifest;

/**
 * Version of the plugin API. A plugin jar declares the version it was built against in its manifest.
 *
 * <p>Both versions live in one file inside the {@code lectern-api} jar, {@value #PLUGIN_MANIFEST}: a plugin's
 * build copies it into the plugin jar's manifest (see {@code examples/plugin-example/pom.xml}), so the declared
 * version always is the one of the {@code lectern-api} the plugin was compiled against, never typed by hand.
 */
public final class LecternApi {

    /** Manifest main-section attribute in which a plugin jar declares {@link #VERSION}. */
    public static final String MANIFEST_ATTRIBUTE = "Lectern-Api-Version";

    /** Manifest attribute naming the Lectern release ({@code lectern-api} artifact version) a plugin was built with. */
    public static final String LECTERN_VERSION_ATTRIBUTE = "Lectern-Version";

    /** The manifest fragment, in the {@code lectern-api} jar, that plugin builds merge into their own manifest. */
    public static final String PLUGIN_MANIFEST = "META-INF/lectern/plugin-manifest.mf";

    private static final Manifest OWN = readPluginManifest();

    /**
     * Bumped when a change breaks plugins built against the previous version. The plugin loader refuses a jar
     * whose declared version differs.
     */
    public static final int VERSION = Integer.parseInt(attribute(MANIFEST_ATTRIBUTE));

    /** The version of the {@code org.lectern:lectern-api} artifact (the Lectern release), e.g. {@code 0.1.0}. */
    public static final String LECTERN_VERSION = attribute(LECTERN_VERSION_ATTRIBUTE);

    private LecternApi() {}

    private static Manifest readPluginManifest() {
        try (InputStream in = LecternApi.class.getClassLoader().getResourceAsStream(PLUGIN_MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException(PLUGIN_MANIFEST + " is missing from lectern-api");
            }
            return new Manifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PLUGIN_MANIFEST + " of lectern-api", e);
        }
    }

    private static String attribute(String name) {
        String value = OWN.getMainAttributes().getValue(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(PLUGIN_MANIFEST + " of lectern-api has no " + name);
        }
        return value.strip();
    }
}
