package org.lectern.cli;

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
            DemoCommand.class,
            NewPluginCommand.class
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

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Say which plugins folder was searched and how many jars were loaded; stack traces.")
    boolean verbose;

    private AnnotatorRegistry registry;

    /** The registry with the built-ins and the plugins of the chosen folder (loaded once); problems are logged. */
    AnnotatorRegistry registry() {
        if (registry != null) {
            return registry;
        }
        Path folder = plugins;
        boolean required = true;
        if (folder == null && System.getenv(PLUGINS_ENV) != null) {
            folder = Path.of(System.getenv(PLUGINS_ENV));
        }
        if (folder == null && System.getProperty(DEFAULT_PLUGINS_PROPERTY) != null) {
            // the default folder is optional: only an explicitly named one must exist
            folder = Path.of(System.getProperty(DEFAULT_PLUGINS_PROPERTY));
            required = false;
        }
        registry = AnnotatorRegistry.load(folder, required);
        if (verbose) {
            System.err.println("lectern: " + registry.pluginFolder().describe());
        }
        return registry;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        Lectern lectern = new Lectern();
        return new CommandLine(lectern).setExecutionExceptionHandler(new ErrorLine(lectern));
    }
}
