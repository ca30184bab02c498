package org.lectern.pipeline.run;

/**
 * What a text document's {@code DocumentMetaData} records about where it came from.
 *
 * @param id      path relative to the input root, e.g. {@code world/a.txt}
 * @param title   file name
 * @param uri     the file's URI
 * @param baseUri the input root's URI (also the collection id)
 */
public record DocumentIdentity(String id, String title, String uri, String baseUri) {}
