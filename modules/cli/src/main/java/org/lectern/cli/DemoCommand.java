package org.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.viewer.ServeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "demo",
        description = "Annotate examples/corpus with examples/pipelines/news.xml, then serve the "
                + "viewer over the result.")
final class DemoCommand implements Callable<Integer> {

    /** Set by the launcher to the repository root. */
    static final String HOME_PROPERTY = "lectern.home";

    @ParentCommand
    Lectern lectern;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: demo-output/).")
    Path output;

    @Option(names = "--port", defaultValue = "8080", description = "Viewer port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Only annotate; do not start the viewer.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty(HOME_PROPERTY, "."));
        Path pipelineFile = home.resolve("examples/pipelines/news.xml");
        if (!Files.isRegularFile(pipelineFile)) {
            System.err.println("demo: " + pipelineFile + " not found (run the demo from the Lectern folder)");
            return 2;
        }
        Path target = output != null ? output : home.resolve("demo-output");
        AnnotatorRegistry registry = lectern.registry();
        PipelineDefinition pipeline = new PipelineParser(registry)
                .parse(pipelineFile)
                .withInput(home.resolve("examples/corpus"))
                .withOutput(target);
        var summary = RunCommand.run(pipeline, registry, Runtime.getRuntime().availableProcessors(), false);
        if (!summary.failed().isEmpty()) {
            return 1;
        }
        return noServe ? 0 : ServeCommand.serve(target, "127.0.0.1", port);
    }
}
