package org.lectern.bench.throughput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.metadata.FixedFlow;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.ResourceSpecifier;
import org.apache.uima.resource.metadata.MetaDataObject;
import org.apache.uima.util.CasCreationUtils;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.DocumentSource;
import org.lectern.pipeline.run.InputDocument;

/**
 * Where the time of a pipeline goes: each step of the pipeline file as an engine of its own, one thread, every
 * document through all steps in file order, each step's {@code process} timed. Prints one line per step,
 * {@code STEP name nanoseconds}, after a line {@code WORDS n}; the driver turns them into the per-annotator table.
 * Model loading is neither counted nor recorded: engines are made before the first document, and the Java Flight
 * Recorder (profile settings) records from the first document to the last.
 *
 * <p>Usage: {@code AnnotatorTimes PIPELINE_FILE CORPUS_DIR RECORDING_FILE}
 */
public final class AnnotatorTimes {

    private AnnotatorTimes() {}

    public static void main(String[] args) throws Exception {
        AnnotatorRegistry registry = AnnotatorRegistry.builtIn();
        PipelineDefinition pipeline =
                new PipelineParser(registry).parse(Path.of(args[0])).withInput(Path.of(args[1]));
        AnalysisEngineDescription aggregate = pipeline.engineDescription();
        String[] stepNames = ((FixedFlow) aggregate.getAnalysisEngineMetaData().getFlowConstraints()).getFixedFlow();
        Map<String, ResourceSpecifier> delegates = aggregate.getDelegateAnalysisEngineSpecifiers();
        ResourceManager resourceManager = registry.newResourceManager();
        List<AnalysisEngine> engines = new ArrayList<>();
        List<MetaDataObject> metaData = new ArrayList<>(List.of(registry.typeSystem()));
        for (String step : stepNames) {
            AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(delegates.get(step), resourceManager, null);
            engines.add(engine);
            metaData.add(engine.getAnalysisEngineMetaData());
        }
        CAS cas = CasCreationUtils.createCas(metaData, null, resourceManager);
        DocumentSource source = new DocumentSource(pipeline.reader());
        long[] nanos = new long[engines.size()];
        long words = 0;
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        for (InputDocument document : source.list()) {
            cas.reset();
            source.load(document, cas);
            words += Corpus.words(cas.getDocumentText());
            for (int i = 0; i < engines.size(); i++) {
                long start = System.nanoTime();
                engines.get(i).process(cas);
                nanos[i] += System.nanoTime() - start;
            }
        }
        recording.stop();
        recording.dump(Path.of(args[2]));
        System.out.println("WORDS " + words);
        for (int i = 0; i < stepNames.length; i++) {
            System.out.printf(Locale.ROOT, "STEP %s %d%n", stepNames[i], nanos[i]);
        }
        engines.forEach(AnalysisEngine::destroy);
    }
}
