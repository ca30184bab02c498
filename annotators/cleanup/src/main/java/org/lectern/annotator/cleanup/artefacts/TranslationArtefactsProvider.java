package org.lectern.annotator.cleanup.artefacts;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registers {@code translation-artefacts}. */
public class TranslationArtefactsProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "translation-artefacts";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return TranslationArtefactAnnotator.class;
    }
}
