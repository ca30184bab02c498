package org.lectern.pipeline.run;

import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.MetaDataObject;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/** One worker's analysis engine and the CAS it reuses for every document; used by one thread at a time. */
public record EngineInstance(AnalysisEngine engine, CAS cas) {

    /**
     * Builds the engine of {@code pipeline} and a CAS whose type system also holds {@code allTypes} (the merged
     * types of Lectern and its plugins, some of which no step of this pipeline declares).
     */
    public static EngineInstance create(
            AnalysisEngineDescription pipeline, TypeSystemDescription allTypes, ResourceManager resourceManager)
            throws ResourceInitializationException {
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(pipeline, resourceManager, null);
        CAS cas = CasCreationUtils.createCas(
                List.<MetaDataObject>of(allTypes, engine.getAnalysisEngineMetaData()), null, resourceManager);
        return new EngineInstance(engine, cas);
    }
}
