package org.lectern.cli;

import org.lectern.pipeline.config.EngineTrial;
import org.lectern.pipeline.config.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception that ends a verb in one line instead of a stack trace (which {@code --verbose} adds): an
 * invalid pipeline, or an annotator that fails to initialise (named, with its own message), exits {@link
 * ExitCodes#INVALID_INPUT}; anything else exits {@link ExitCodes#ERROR}.
 */
final class ErrorLine implements IExecutionExceptionHandler {

    private final Lectern lectern;

    ErrorLine(Lectern lectern) {
        this.lectern = lectern;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        String verb = command.getCommandName();
        if (lectern.verbose) {
            e.printStackTrace();
        }
        if (e instanceof PipelineException invalid) {
            System.err.println(invalid.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (EngineTrial.isInitializationFailure(e)) {
            System.err.println(verb + ": " + EngineTrial.describe(e, lectern.registry()));
            return ExitCodes.INVALID_INPUT;
        }
        System.err.println(verb + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        return ExitCodes.ERROR;
    }
}
