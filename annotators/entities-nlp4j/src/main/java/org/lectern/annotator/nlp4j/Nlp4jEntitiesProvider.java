package org.lectern.annotator.nlp4j;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** {@code entities-nlp4j}: {@link Nlp4jEntityAnnotator}, NLP4J's English NER (Apache-2.0). */
public class Nlp4jEntitiesProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "entities-nlp4j";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return Nlp4jEntityAnnotator.class;
    }
}
