package org.lectern.api;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Contributes one annotator to Lectern's registry. Built-in annotators and plugin jars both list their
 * providers in {@code META-INF/services/org.lectern.api.AnnotatorProvider}; the registry finds them with
 * {@link java.util.ServiceLoader}.
 *
 * <p>The registry reads the annotator's description from {@code @ResourceMetaData} and its parameters
 * (name, type, default, mandatory, description) from the {@code @ConfigurationParameter} fields of
 * {@link #engineClass()}, so a provider is usually two lines:
 *
 * <pre>{@code
 * public class DatesProvider implements AnnotatorProvider {
 *     public String name() { return "dates"; }
 *     public Class<? extends AnalysisComponent> engineClass() { return DateAnnotator.class; }
 * }
 * }</pre>
 */
public interface AnnotatorProvider {

    /** The name pipeline XML refers to, e.g. {@code segmenter}: lower case, digits and dashes. */
    String name();

    /** The uimaFIT component whose metadata and configuration parameters describe this annotator. */
    Class<? extends AnalysisComponent> engineClass();

    /**
     * Builds the engine description for one pipeline step. {@code configurationData} holds name/value
     * pairs already checked and converted to the parameter types of {@link #engineClass()}. Override to
     * wrap the engine in an aggregate (e.g. with a preprocessing step) or to add fixed resources.
     */
    default AnalysisEngineDescription createDescription(Object... configurationData)
            throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(engineClass(), configurationData);
    }
}
