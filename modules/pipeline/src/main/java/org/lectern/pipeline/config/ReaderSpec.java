package org.lectern.pipeline.config;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The {@code <reader>} of a pipeline.
 *
 * @param type     {@link #TEXT} (plain-text files) or {@link #XMI} (XMI files to annotate further)
 * @param source   the input folder, absolute
 * @param pattern  glob of the files to read, relative to {@code source}: default {@code **}{@code /*.txt} or
 *                 {@code **}{@code /*.xmi}
 * @param encoding encoding of text files (default UTF-8)
 * @param language default document language (ISO 639-1), or null
 */
public record ReaderSpec(String type, Path source, String pattern, Charset encoding, String language) {

    public static final String TEXT = "text";
    public static final String XMI = "xmi";

    /** The default file pattern of a reader type. */
    public static String defaultPattern(String type) {
        return XMI.equals(type) ? "**/*.xmi" : "**/*.txt";
    }

    public ReaderSpec withSource(Path newSource) {
        return new ReaderSpec(type, newSource, pattern, encoding, language);
    }
}
