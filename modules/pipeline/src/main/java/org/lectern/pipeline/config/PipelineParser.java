package org.lectern.pipeline.config;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and validates a pipeline file (format: {@code /org/lectern/pipeline/pipeline.xsd}) against an
 * {@link AnnotatorRegistry}. Everything is checked before anything runs and all problems of a file are
 * reported together, each as {@code file:line:column: problem}.
 */
public final class PipelineParser {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final AnnotatorRegistry registry;
    private final boolean initializeAnnotators;

    /** A parser that checks everything but the annotators' own {@code initialize()} (a run does that anyway). */
    public PipelineParser(AnnotatorRegistry registry) {
        this(registry, false);
    }

    /**
     * @param initializeAnnotators also create each step's engine once with the pipeline's parameters, so that
     *                             values an annotator rejects in {@code initialize()} are reported at the step
     *                             (what {@code lectern validate} does; costs the annotators' start-up time)
     */
    public PipelineParser(AnnotatorRegistry registry, boolean initializeAnnotators) {
        this.registry = registry;
        this.initializeAnnotators = initializeAnnotators;
    }

    /**
     * @throws PipelineException if the file cannot be read, is not well-formed, has a DOCTYPE, breaks the
     *                           schema or names unknown annotators, parameters or files, or gives ill-typed
     *                           values
     */
    public PipelineDefinition parse(Path pipelineFile) throws PipelineException {
        String label = pipelineFile.toString();
        Path file = pipelineFile.toAbsolutePath().normalize();
        byte[] content = read(label, file);
        Problems problems = new Problems(label);
        XmlElement root = wellFormedPipeline(label, file, content, problems);

        Path folder = file.getParent();
        ReaderSpec reader = reader(root.children("reader"), folder, problems);
        AnnotatorSteps steps = new AnnotatorSteps(registry, folder, problems);
        List<AnalysisEngineDescription> descriptions = new ArrayList<>();
        List<String> stepNames = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        for (XmlElement annotator : root.children("annotator")) {
            AnalysisEngineDescription description = steps.describe(annotator);
            if (description != null) {
                if (initializeAnnotators) {
                    steps.tryInitialize(annotator, description);
                }
                descriptions.add(description);
                stepNames.add(uniqueName(steps.stepName(annotator), usedNames));
            }
        }
        List<WriterSpec> writers = writers(root.children("writer"), folder, problems);
        Duration docTimeout = docTimeout(root, problems);
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        String name = root.attribute("name") != null
                ? root.attribute("name")
                : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new PipelineDefinition(
                file,
                sha256(content),
                name,
                reader,
                writers,
                aggregate(label, name, descriptions, stepNames),
                docTimeout);
    }

    /** The root element, after schema validation (whose problems go to {@code problems}). */
    private static XmlElement wellFormedPipeline(String label, Path file, byte[] content, Problems problems)
            throws PipelineException {
        try {
            SecureXml xml = new SecureXml(content, file.toUri().toString());
            XmlElement root = xml.parse();
            if (!SecureXml.NAMESPACE.equals(root.namespace()) || !"pipeline".equals(root.name())) {
                throw new PipelineException(problems.format(
                        root.line(),
                        root.column(),
                        "the root element must be <pipeline xmlns=\"" + SecureXml.NAMESPACE + "\">, found <"
                                + root.name() + "> in namespace '" + root.namespace() + "'"));
            }
            xml.validate(problems);
            return root;
        } catch (SAXParseException e) {
            throw new PipelineException(problems.format(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new PipelineException(label + ": cannot parse: " + e.getMessage());
        }
    }

    private static byte[] read(String label, Path file) throws PipelineException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PipelineException(label + ": pipeline file not found");
        } catch (IOException e) {
            throw new PipelineException(label + ": cannot read the pipeline file: " + e);
        }
    }

    private static ReaderSpec reader(List<XmlElement> readers, Path folder, Problems problems) {
        if (readers.isEmpty()) {
            return null; // the schema reports it
        }
        XmlElement reader = readers.get(0);
        String type = reader.attribute("type");
        if (type != null && !List.of(ReaderSpec.TEXT, ReaderSpec.XMI).contains(type)) {
            problems.add(
                    reader,
                    "unknown reader type '" + type + "'; expected " + ReaderSpec.TEXT + " or " + ReaderSpec.XMI);
        }
        String pattern = reader.attributes().getOrDefault("pattern", ReaderSpec.defaultPattern(type));
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            problems.add(reader, "reader pattern '" + pattern + "' is not a valid glob: " + e.getDescription());
        }
        Charset encoding = StandardCharsets.UTF_8;
        String encodingName = reader.attribute("encoding");
        if (encodingName != null) {
            try {
                encoding = Charset.forName(encodingName);
            } catch (IllegalArgumentException e) {
                problems.add(reader, "unknown encoding '" + encodingName + "' (e.g. UTF-8, ISO-8859-1)");
            }
        }
        String language = reader.attribute("language");
        if (language != null && !LANGUAGE_CODE.matcher(language).matches()) {
            problems.add(reader, "reader language '" + language + "' is not an ISO 639 code such as 'en'");
        }
        String source = reader.attribute("source");
        return new ReaderSpec(type, source == null ? null : resolve(folder, source), pattern, encoding, language);
    }

    /** The {@code docTimeout} attribute in seconds (the schema checks its syntax), or null when absent. */
    private static Duration docTimeout(XmlElement root, Problems problems) {
        String seconds = root.attribute("docTimeout");
        if (seconds == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException e) {
            problems.add(root, "docTimeout '" + seconds + "' is not a number of seconds such as 600");
            return null;
        }
    }

    private static List<WriterSpec> writers(List<XmlElement> writerElements, Path folder, Problems problems) {
        List<WriterSpec> writers = new ArrayList<>();
        for (XmlElement writer : writerElements) {
            String type = writer.attribute("type");
            if (type != null && !List.of(WriterSpec.XMI, WriterSpec.JSON).contains(type)) {
                problems.add(
                        writer,
                        "unknown writer type '" + type + "'; expected " + WriterSpec.XMI + " or " + WriterSpec.JSON);
            }
            String target = writer.attribute("target");
            writers.add(new WriterSpec(type, target == null ? null : resolve(folder, target)));
        }
        return writers;
    }

    static Path resolve(Path folder, String path) {
        return folder.resolve(path).toAbsolutePath().normalize();
    }

    private static String uniqueName(String name, Set<String> used) {
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
            unique = name + "-" + n;
        }
        return unique;
    }

    private static AnalysisEngineDescription aggregate(
            String label, String name, List<AnalysisEngineDescription> steps, List<String> stepNames)
            throws PipelineException {
        try {
            AnalysisEngineDescription aggregate =
                    AnalysisEngineFactory.createEngineDescription(steps, stepNames, null, null, null);
            aggregate.getMetaData().setName(name);
            return aggregate;
        } catch (ResourceInitializationException e) {
            throw new PipelineException(label + ": cannot combine the annotators into one pipeline: " + e.getMessage());
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
