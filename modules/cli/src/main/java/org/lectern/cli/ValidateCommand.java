package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "validate",
        description = "Check a pipeline file without running it: names, parameters, and each annotator started once.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Lectern lectern;

    @Parameters(index = "0", paramLabel = "PIPELINE.xml")
    Path pipelineFile;

    @Option(
            names = "--quick",
            description = "Do not start the annotators (which loads their models): names, types and values only.")
    boolean quick;

    @Override
    public Integer call() {
        try {
            // unless --quick, also starts each annotator once: values its initialize() rejects are found here
            new PipelineParser(lectern.registry(), !quick).parse(pipelineFile);
            System.out.println(pipelineFile + ": OK");
            return ExitCodes.OK;
        } catch (PipelineException e) {
            System.err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
    }
}
