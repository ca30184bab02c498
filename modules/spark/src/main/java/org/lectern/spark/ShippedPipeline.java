package org.lectern.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLizable;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.ReaderSpec;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.RunLimits;
import org.xml.sax.SAXException;

/**
 * The pipeline as the driver validated and resolved it, shipped to every task: the engine description and the
 * merged type system as self-contained UIMA XML (all imports inlined, so that no file of the driver's machine
 * is needed), the reader's decoding settings, the outputs and the Hadoop settings.
 *
 * @param name           the pipeline's name
 * @param sha256         SHA-256 of the pipeline file (the provenance stored in each XMI)
 * @param engineXml      the aggregate engine description
 * @param typeSystemXml  the merged type system of Lectern and its plugins
 * @param engineKey      SHA-256 of both XML texts: engines built from the same key are interchangeable
 * @param reader         type, pattern, encoding and language of the reader (its source is {@code inputRoot})
 * @param inputRoot      the input folder's Hadoop URI
 * @param baseUri        the input folder's URI as the local runner records it in {@code DocumentMetaData}
 * @param outputs        the writers
 * @param force          redo documents whose outputs are up to date
 * @param limits         the per-document time and size limits
 * @param jobStart       when the job started (ms since the epoch): outputs newer than this were written by an
 *                       earlier attempt of a task of this job, and are redone, never counted as skipped
 * @param hadoopSettings the driver's Hadoop configuration (including {@code spark.hadoop.*} settings)
 */
record ShippedPipeline(
        String name,
        String sha256,
        String engineXml,
        String typeSystemXml,
        String engineKey,
        ReaderSettings reader,
        String inputRoot,
        String baseUri,
        List<OutputTarget> outputs,
        boolean force,
        RunLimits limits,
        long jobStart,
        Map<String, String> hadoopSettings)
        implements Serializable {

    /** The serialisable part of a {@link ReaderSpec}. */
    record ReaderSettings(String type, String pattern, String encoding, String language) implements Serializable {
        static ReaderSettings of(ReaderSpec spec) {
            return new ReaderSettings(
                    spec.type(), spec.pattern(), spec.encoding().name(), spec.language());
        }
    }

    static ShippedPipeline of(
            PipelineDefinition pipeline,
            AnnotatorRegistry registry,
            RunTargets targets,
            boolean force,
            RunLimits limits,
            long jobStart,
            Map<String, String> hadoopSettings)
            throws IOException {
        String engineXml;
        String typeSystemXml;
        try {
            AnalysisEngineDescription engine =
                    (AnalysisEngineDescription) pipeline.engineDescription().clone();
            engine.resolveImports(registry.newResourceManager());
            TypeSystemDescription types =
                    (TypeSystemDescription) registry.typeSystem().clone();
            types.resolveImports(registry.newResourceManager());
            engineXml = xml(engine);
            typeSystemXml = xml(types);
        } catch (InvalidXMLException e) {
            throw new IOException("cannot resolve the imports of pipeline " + pipeline.name() + ": " + e, e);
        }
        return new ShippedPipeline(
                pipeline.name(),
                pipeline.sha256(),
                engineXml,
                typeSystemXml,
                sha256(engineXml + "\n" + typeSystemXml),
                ReaderSettings.of(pipeline.reader()),
                targets.input(),
                targets.baseUri(),
                targets.outputs(),
                force,
                limits,
                jobStart,
                hadoopSettings);
    }

    private static String xml(XMLizable description) throws IOException {
        StringWriter out = new StringWriter();
        try {
            description.toXML(out);
        } catch (SAXException e) {
            throw new IOException("cannot write a UIMA description as XML: " + e, e);
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
