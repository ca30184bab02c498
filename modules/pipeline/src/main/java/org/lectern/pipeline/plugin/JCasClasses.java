package org.lectern.pipeline.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.uima.jcas.cas.TOP;

/**
 * Finds the JCas classes a plugin jar contains. Each needs a type of the same name in the merged type system,
 * or UIMA fails every document with a long stack trace; naming them lets the registry say so at load time.
 */
final class JCasClasses {

    /** Every class JCasGen writes holds the type's name in a constant of this name; a cheap pre-filter. */
    private static final byte[] MARKER = "_TypeName".getBytes(StandardCharsets.UTF_8);

    private JCasClasses() {}

    /** Names of the classes in {@code jar} that may be JCas classes (top-level classes mentioning the marker). */
    static List<String> candidates(JarFile jar) throws IOException {
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String path = entry.getName();
            if (path.endsWith(".class") && !path.contains("$") && !path.startsWith("META-INF/")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    if (contains(in.readAllBytes(), MARKER)) {
                        names.add(path.substring(0, path.length() - ".class".length())
                                .replace('/', '.'));
                    }
                }
            }
        }
        return names;
    }

    /**
     * The {@code candidates} that are JCas classes (subclasses of {@link TOP}) defined by {@code loader}; their
     * names are the UIMA type names. Classes are loaded without being initialised.
     */
    static List<String> confirmed(List<String> candidates, ClassLoader loader) {
        List<String> types = new ArrayList<>();
        for (String name : candidates) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (TOP.class.isAssignableFrom(type) && type.getClassLoader() == loader) {
                    types.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable on its own (a missing dependency): not a JCas class we can check
            }
        }
        return types;
    }

    private static boolean contains(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
