package org.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lectern.eval.EvalCommand;
import org.lectern.io.ExportCommand;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.viewer.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code lectern} command line. */
@Command(
        name = "lectern",
        mixinStandardHelpOptions = true,
        version = "Lectern 0.1.0",
        description = "Annotate news text with UIMA pipelines, review the XMI in a browser.",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            AnnotatorsCommand.class,
            ExportCommand.class,
            EvalCommand.class,
            ServeCommand.class,
            DemoCommand.class
        })
public final class Lectern {

    /** Set by the launcher to {@code plugins/} beside it. */
    static final String DEFAULT_PLUGINS_PROPERTY = "lectern.plugins";

    static final String PLUGINS_ENV = "LECTERN_PLUGINS";

    @Option(
            names = "--plugins",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Plugins folder (default: $LECTERN_PLUGINS, else plugins/ beside the launcher).")
    Path plugins;

    /** The registry with the built-ins and the plugins of the chosen folder; problems are logged by the loader. */
    AnnotatorRegistry registry() {
        Path folder = plugins;
        if (folder == null && System.getenv(PLUGINS_ENV) != null) {
            folder = Path.of(System.getenv(PLUGINS_ENV));
        }
        if (folder == null && System.getProperty(DEFAULT_PLUGINS_PROPERTY) != null) {
            // the default folder is optional: only an explicitly named one must exist
            Path besideLauncher = Path.of(System.getProperty(DEFAULT_PLUGINS_PROPERTY));
            folder = Files.isDirectory(besideLauncher) ? besideLauncher : null;
        }
        return folder == null ? AnnotatorRegistry.builtIn() : AnnotatorRegistry.load(folder);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Lectern());
    }
}
