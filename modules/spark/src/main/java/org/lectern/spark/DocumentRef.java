package org.lectern.spark;

import java.io.Serializable;

/**
 * One input file, as the driver listed it.
 *
 * @param relative path relative to the input root, with {@code /} separators, e.g. {@code world/a.txt}
 * @param uri      the file's fully qualified Hadoop URI
 * @param modified its modification time (ms since the epoch), for the up-to-date check
 * @param size     its length in bytes, for the size limit
 */
record DocumentRef(String relative, String uri, long modified, long size) implements Serializable {}
