package org.lectern.pipeline.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Keeps one version of each plugin in a plugins folder. Jars named like Maven builds them,
 * {@code NAME-VERSION.jar} (the version starting with a digit), are versions of plugin {@code NAME}; of those only
 * the highest version (compared as Maven compares versions: 0.1.0 &gt; 0.0.9 &gt; 0.0.9-SNAPSHOT) is loaded.
 */
public final class PluginVersions {

    private static final Pattern NAME_AND_VERSION = Pattern.compile("(.+?)-(\\d[^/]*)\\.jar");

    /**
     * @param load    the jars to open, in the order given
     * @param ignored one message per older version left out, naming it and the version loaded instead
     */
    public record Selection(List<Path> load, List<String> ignored) {}

    private PluginVersions() {}

    public static Selection select(List<Path> jars) {
        Map<String, List<Path>> byPlugin = new LinkedHashMap<>();
        for (Path jar : jars) {
            byPlugin.computeIfAbsent(pluginName(jar), name -> new ArrayList<>()).add(jar);
        }
        List<Path> load = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Path jar : jars) {
            List<Path> versions = byPlugin.get(pluginName(jar));
            Path newest = versions.stream()
                    .max(Comparator.comparing(PluginVersions::version))
                    .orElseThrow();
            if (jar.equals(newest)) {
                load.add(jar);
            } else {
                ignored.add("plugin " + jar.getFileName() + " ignored: " + newest.getFileName()
                        + " is a newer version of plugin " + pluginName(jar) + " and is loaded instead");
            }
        }
        return new Selection(load, ignored);
    }

    /** {@code NAME} of {@code NAME-VERSION.jar}, else the file name without {@code .jar}. */
    static String pluginName(Path jar) {
        String file = jar.getFileName().toString();
        Matcher m = NAME_AND_VERSION.matcher(file);
        return m.matches() ? m.group(1) : file.replaceFirst("\\.jar$", "");
    }

    private static ComparableVersion version(Path jar) {
        Matcher m = NAME_AND_VERSION.matcher(jar.getFileName().toString());
        return new ComparableVersion(m.matches() ? m.group(2) : "");
    }
}
