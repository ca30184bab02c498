package org.lectern.spark;

import java.io.Serializable;

/**
 * One writer of the pipeline, with its output folder as a Hadoop URI.
 *
 * @param type   {@code xmi} or {@code json}
 * @param target the output folder's URI
 */
record OutputTarget(String type, String target) implements Serializable {}
