package org.lectern.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task sends back to the driver.
 *
 * @param documents      one result per document of the partition, in order
 * @param enginesCreated the engines the task had to build: 0 when it reused one of its executor, 1 when it
 *                       built one, more when documents over the time limit left theirs behind
 * @param typeSystemXml  for partition 0, the {@code TypeSystem.xml} of the CAS the engines fill; else null
 */
record PartitionResult(List<DocumentResult> documents, int enginesCreated, String typeSystemXml)
        implements Serializable {}
