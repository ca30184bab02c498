package org.lectern.spark;

import java.io.Serializable;

/**
 * One input file, as the driver listed it.
 *
 * @param relative path relative to the input root, with {@code /} separators, e.g. {@code world/a.txt}
 * @param uri      the file's fully qualified Hadoop URI
 * @param modified its modification time (ms since the epoch), for the up-to-date check
 */
record DocumentRef(String relative, String uri, long modified) implements Serializable {}
