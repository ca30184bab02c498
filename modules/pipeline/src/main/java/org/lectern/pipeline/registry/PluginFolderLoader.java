package org.lectern.pipeline.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lectern.api.AnnotatorProvider;
import org.lectern.pipeline.plugin.DeclaredTypes;
import org.lectern.pipeline.plugin.PluginException;
import org.lectern.pipeline.plugin.PluginJar;
import org.lectern.pipeline.plugin.PluginLoader;
import org.lectern.pipeline.plugin.PluginVersions;
import org.lectern.pipeline.plugin.TypeSystemMerger;

/**
 * Opens the jars of a plugins folder for the registry: the newest version of each plugin, refusing jars that
 * cannot be read, declare another API version, redefine known types or use types that are in no type system.
 * Each refusal is one problem naming the jar; the annotators of a refused jar are remembered with the reason.
 */
final class PluginFolderLoader {

    /** @param plugins the jars accepted, their types merged; @param folder what the folder held */
    record Loaded(List<PluginJar> plugins, PluginFolder folder) {}

    private final List<String> problems;
    private final Map<String, String> unavailable;

    /**
     * @param problems    receives one line per problem
     * @param unavailable receives, for each annotator of a refused jar, the reason
     */
    PluginFolderLoader(List<String> problems, Map<String, String> unavailable) {
        this.problems = problems;
        this.unavailable = unavailable;
    }

    /** {@code required}: a missing folder is a problem (else only described in {@link PluginFolder}). */
    Loaded load(Path dir, boolean required, ClassLoader parent, TypeSystemMerger types) {
        if (dir == null) {
            return new Loaded(List.of(), PluginFolder.NONE);
        }
        if (!Files.isDirectory(dir)) {
            if (required) {
                problems.add("plugins folder " + dir + " does not exist or is not a folder");
            }
            return new Loaded(List.of(), new PluginFolder(dir, false, 0, 0));
        }
        List<Path> jars;
        try {
            jars = PluginLoader.jarsIn(dir);
        } catch (IOException e) {
            problems.add("cannot list plugins folder " + dir + ": " + e);
            return new Loaded(List.of(), new PluginFolder(dir, true, 0, 0));
        }
        PluginVersions.Selection selection = PluginVersions.select(jars);
        problems.addAll(selection.ignored());
        List<PluginJar> opened = new ArrayList<>();
        for (Path jar : selection.load()) {
            open(jar, parent, types).ifPresent(opened::add);
        }
        // checked once all jars are merged: a plugin may use the types another plugin declares
        Set<String> knownTypes = types.names();
        List<PluginJar> accepted = new ArrayList<>();
        for (PluginJar plugin : opened) {
            Optional<String> unresolved = DeclaredTypes.unresolved(plugin, knownTypes);
            if (unresolved.isPresent()) {
                refuse(plugin, unresolved.get());
                types.remove(plugin.name());
            } else {
                accepted.add(plugin);
            }
        }
        return new Loaded(accepted, new PluginFolder(dir, true, jars.size(), accepted.size()));
    }

    private Optional<PluginJar> open(Path jar, ClassLoader parent, TypeSystemMerger types) {
        try {
            PluginJar plugin = PluginLoader.open(jar, parent);
            Optional<String> conflict = types.conflict(plugin.types());
            if (conflict.isPresent()) {
                refuse(plugin, "plugin " + plugin.name() + " refused: its " + conflict.get());
                return Optional.empty();
            }
            types.add(plugin.name(), plugin.types());
            return Optional.of(plugin);
        } catch (PluginException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private void refuse(PluginJar plugin, String problem) {
        PluginLoader.close(plugin.classLoader());
        problems.add(problem);
        for (AnnotatorProvider provider : plugin.providers()) {
            unavailable.putIfAbsent(provider.name(), problem);
        }
    }
}
