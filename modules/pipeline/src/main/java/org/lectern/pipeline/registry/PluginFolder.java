package org.lectern.pipeline.registry;

import java.nio.file.Path;

/**
 * Where the registry looked for plugins and what it found, for {@code --verbose} and for messages about an
 * annotator name that is not known.
 *
 * @param folder the plugins folder searched, null when none was given
 * @param exists whether it is an existing folder
 * @param jars   the {@code *.jar} files directly inside it
 * @param loaded the jars loaded (not refused and not an older version of another)
 */
public record PluginFolder(Path folder, boolean exists, int jars, int loaded) {

    static final PluginFolder NONE = new PluginFolder(null, false, 0, 0);

    /** E.g. "plugins folder /x/plugins (2 jars, 1 loaded)", "(empty: no .jar files)" or "(does not exist)". */
    public String describe() {
        if (folder == null) {
            return "no plugins folder (give one with --plugins DIR or $LECTERN_PLUGINS)";
        }
        if (!exists) {
            return "plugins folder " + folder + " (does not exist)";
        }
        if (jars == 0) {
            return "plugins folder " + folder + " (empty: no .jar files)";
        }
        return "plugins folder " + folder + " (" + jars + (jars == 1 ? " jar, " : " jars, ") + loaded + " loaded)";
    }
}
