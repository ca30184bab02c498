package org.lectern.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task sends back to the driver.
 *
 * @param documents      one result per document of the partition, in order
 * @param enginesCreated 1 when the task had to build an engine, 0 when it reused one of its executor
 * @param typeSystemXml  for partition 0, the {@code TypeSystem.xml} of the CAS the engines fill; else null
 */
record PartitionResult(List<DocumentResult> documents, int enginesCreated, String typeSystemXml)
        implements Serializable {}
