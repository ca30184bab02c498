package org.lectern.pipeline.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lectern.api.AnnotatorProvider;

/**
 * Registers providers by name, one rule for clashes: a built-in name is kept and a plugin's annotator of that
 * name ignored; a name provided by two different plugin jars is an error naming both, and neither is registered
 * (versions of one plugin never get here: {@code PluginVersions} loads only the newest).
 */
final class Registration {

    private static final Pattern ANNOTATOR_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, AnnotatorInfo> annotators = new LinkedHashMap<>();
    /** Names two or more plugin jars provide, with those jars. */
    private final Map<String, List<String>> ambiguous = new HashMap<>();

    private final List<String> problems;
    private final Map<String, String> unavailable;

    Registration(List<String> problems, Map<String, String> unavailable) {
        this.problems = problems;
        this.unavailable = unavailable;
    }

    void register(AnnotatorProvider provider, String source) {
        String where =
                AnnotatorRegistry.BUILT_IN.equals(source) ? "built-in annotator" : "plugin " + source + ": annotator";
        String name = provider.name();
        if (name == null || !ANNOTATOR_NAME.matcher(name).matches()) {
            problems.add(where + " '" + name + "' (" + provider.getClass().getName()
                    + ") ignored: names are lower case letters, digits and dashes");
            return;
        }
        if (ambiguous.containsKey(name)) {
            ambiguous.get(name).add(source);
            String problem =
                    "annotator '" + name + "' is provided by plugins " + String.join(" and ", ambiguous.get(name))
                            + ": none of them is loaded; keep only one of these jars in the plugins folder";
            problems.add(problem);
            unavailable.put(name, problem);
            return;
        }
        AnnotatorInfo known = annotators.get(name);
        if (known != null
                && (AnnotatorRegistry.BUILT_IN.equals(known.source())
                        || known.source().equals(source))) {
            problems.add(where + " '" + name + "' ignored: an annotator of that name is already provided by "
                    + (AnnotatorRegistry.BUILT_IN.equals(known.source()) ? "Lectern (built-in)" : "the same jar"));
            return;
        }
        if (known != null) {
            annotators.remove(name);
            ambiguous.put(name, new ArrayList<>(List.of(known.source(), source)));
            String problem = "annotator '" + name + "' is provided by two plugins, " + known.source() + " and " + source
                    + ": neither is loaded; keep only one of these jars in the plugins folder";
            problems.add(problem);
            unavailable.put(name, problem);
            return;
        }
        try {
            annotators.put(name, AnnotatorIntrospection.describe(provider, source));
        } catch (RuntimeException | LinkageError e) {
            problems.add(where + " '" + name + "' ignored: cannot read its parameters: " + e);
        }
    }

    /** The registered annotator names from {@code source}, comma-separated, or "none". */
    String namesFrom(String source) {
        List<String> names = annotators.values().stream()
                .filter(info -> info.source().equals(source))
                .map(AnnotatorInfo::name)
                .sorted()
                .toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** The registered annotators, sorted by name. */
    Map<String, AnnotatorInfo> sortedByName() {
        Map<String, AnnotatorInfo> byName = new LinkedHashMap<>();
        annotators.values().stream()
                .sorted(Comparator.comparing(AnnotatorInfo::name))
                .forEach(info -> byName.put(info.name(), info));
        return Collections.unmodifiableMap(byName);
    }
}
