package org.lectern.pipeline.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.ConfigurationParameterFactory;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.ResourceSpecifier;
import org.apache.uima.resource.metadata.ConfigurationParameter;
import org.apache.uima.resource.metadata.ConfigurationParameterSettings;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.apache.uima.util.XMLizable;
import org.lectern.pipeline.registry.AnnotatorInfo;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.registry.ParameterInfo;
import org.lectern.pipeline.registry.PluginFolder;

/**
 * Turns {@code <annotator>} elements into engine descriptions: registry annotators through their provider,
 * descriptor steps by loading a UIMA {@link AnalysisEngineDescription} file. Problems go to {@link Problems}.
 */
final class AnnotatorSteps {

    private final AnnotatorRegistry registry;
    private final Path folder;
    private final Problems problems;

    AnnotatorSteps(AnnotatorRegistry registry, Path folder, Problems problems) {
        this.registry = registry;
        this.folder = folder;
        this.problems = problems;
    }

    /** The step's name inside the aggregate: the annotator name or the descriptor's file name without extension. */
    String stepName(XmlElement step) {
        String name = step.attribute("name");
        return name != null
                ? name
                : Path.of(step.attribute("descriptor")).getFileName().toString().replaceFirst("\\.xml$", "");
    }

    /** The step's engine description, or null after adding its problems. */
    AnalysisEngineDescription describe(XmlElement step) {
        String name = step.attribute("name");
        String descriptor = step.attribute("descriptor");
        if ((name == null) == (descriptor == null)) {
            problems.add(
                    step,
                    "an <annotator> needs exactly one of name=\"...\" (an annotator of the registry) or"
                            + " descriptor=\"...\" (a UIMA AnalysisEngineDescription file)");
            return null;
        }
        return name != null ? registered(step, name) : fromDescriptor(step, descriptor);
    }

    private AnalysisEngineDescription registered(XmlElement step, String name) {
        Optional<AnnotatorInfo> found = registry.find(name);
        if (found.isEmpty()) {
            problems.add(step, unknown(name));
            return null;
        }
        AnnotatorInfo info = found.get();
        int problemsBefore = problems.size();
        List<Object> pairs =
                ParameterValues.convert(step, "'" + name + "'", info.parameters(), info::allowedValues, problems);
        if (problems.size() > problemsBefore) {
            return null;
        }
        // uimaFIT detects types through the context class loader: let it see the plugins' types too
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(registry.classLoader());
        try {
            return info.provider().createDescription(pairs.toArray());
        } catch (Exception | LinkageError e) {
            problems.add(step, "annotator '" + name + "' (" + info.source() + ") cannot be configured: " + e);
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Why {@code name} is unknown: a refused plugin's reason, else the nearest name and where plugins were looked for. */
    private String unknown(String name) {
        return registry.whyUnavailable(name)
                .map(reason -> "annotator '" + name + "' is not available: " + reason)
                .orElseGet(() -> "unknown annotator '" + name + "'"
                        + DidYouMean.hint(
                                name,
                                registry.annotators().stream()
                                        .map(AnnotatorInfo::name)
                                        .toList(),
                                "annotators")
                        + searched());
    }

    /** Where annotators were looked for: the plugins folder is the usual suspect when a plugin's name is unknown. */
    private String searched() {
        PluginFolder folder = registry.pluginFolder();
        return folder.folder() == null
                ? ". Searched the built-ins only (no plugins folder: give one with --plugins DIR or $LECTERN_PLUGINS)"
                : ". Searched the built-ins and " + folder.describe();
    }

    /**
     * Adds a problem at {@code step} if its engine cannot be created with these parameters (the annotator's
     * {@code initialize()} rejects them, a resource is missing).
     */
    void tryInitialize(XmlElement step, AnalysisEngineDescription description) {
        String what = step.attribute("name") != null
                ? "annotator '" + step.attribute("name") + "'"
                : "descriptor '" + step.attribute("descriptor") + "'";
        EngineTrial.failure(description, registry)
                .ifPresent(reason -> problems.add(step, what + " rejects its configuration: " + reason));
    }

    private AnalysisEngineDescription fromDescriptor(XmlElement step, String descriptor) {
        String what = "descriptor '" + descriptor + "'";
        Path path = PipelineParser.resolve(folder, descriptor);
        if (!Files.isRegularFile(path)) {
            problems.add(step, what + " not found (looked for " + path + ")");
            return null;
        }
        ResourceManager resourceManager = registry.newResourceManager();
        AnalysisEngineDescription description;
        try {
            XMLizable parsed = UIMAFramework.getXMLParser().parse(new XMLInputSource(path.toFile()));
            if (!(parsed instanceof AnalysisEngineDescription engine)) {
                problems.add(step, what + " is a " + kind(parsed) + ", not an AnalysisEngineDescription");
                return null;
            }
            description = engine;
            description.resolveImports(resourceManager);
            checkImplementations(description, resourceManager);
        } catch (InvalidXMLException | IOException e) {
            problems.add(step, what + " is not a usable UIMA descriptor: " + causes(e));
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(
                    step,
                    what + " names annotator class " + e.getMessage()
                            + ", which is neither on Lectern's class path nor in a plugin");
            return null;
        }
        int problemsBefore = problems.size();
        List<Object> pairs = ParameterValues.convert(
                step, what, declaredParameters(description), parameter -> Optional.empty(), problems);
        if (problems.size() > problemsBefore) {
            return null;
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            ConfigurationParameterFactory.setParameter(description, (String) pairs.get(i), pairs.get(i + 1));
        }
        return description;
    }

    private void checkImplementations(AnalysisEngineDescription description, ResourceManager resourceManager)
            throws InvalidXMLException, ClassNotFoundException {
        if (description.isPrimitive()) {
            // the exception's message is the class name
            Class.forName(description.getAnnotatorImplementationName(), false, registry.classLoader());
            return;
        }
        for (ResourceSpecifier delegate :
                description.getDelegateAnalysisEngineSpecifiers(resourceManager).values()) {
            if (delegate instanceof AnalysisEngineDescription engine) {
                checkImplementations(engine, resourceManager);
            }
        }
    }

    /** The descriptor's top-level parameters; those it already sets are optional. */
    private static List<ParameterInfo> declaredParameters(AnalysisEngineDescription description) {
        ConfigurationParameterSettings settings = description.getMetaData().getConfigurationParameterSettings();
        List<ParameterInfo> parameters = new ArrayList<>();
        for (ConfigurationParameter parameter : description
                .getMetaData()
                .getConfigurationParameterDeclarations()
                .getConfigurationParameters()) {
            Object value = settings.getParameterValue(parameter.getName());
            List<String> defaultValue = value == null
                    ? List.of()
                    : value.getClass().isArray()
                            ? Arrays.stream((Object[]) value)
                                    .map(String::valueOf)
                                    .toList()
                            : List.of(String.valueOf(value));
            parameters.add(new ParameterInfo(
                    parameter.getName(),
                    parameter.getType() + (parameter.isMultiValued() ? "[]" : ""),
                    parameter.isMandatory() && value == null,
                    defaultValue,
                    parameter.getDescription() == null ? "" : parameter.getDescription()));
        }
        return parameters;
    }

    /** The messages of an exception and its causes: UIMA's own message rarely says what is wrong. */
    private static String causes(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null
                    ? t.getClass().getSimpleName()
                    : t.getMessage().strip().replaceFirst("\\.$", "");
            if (messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }

    private static String kind(XMLizable parsed) {
        return Arrays.stream(parsed.getClass().getInterfaces())
                .findFirst()
                .map(Class::getSimpleName)
                .orElse(parsed.getClass().getSimpleName());
    }
}
