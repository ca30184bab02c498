package org.lectern.cli;

import java.util.concurrent.Callable;
import org.lectern.pipeline.registry.AnnotatorInfo;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.registry.ParameterInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "annotators", description = "List built-in and plugin annotators with their parameters.")
final class AnnotatorsCommand implements Callable<Integer> {

    @ParentCommand
    Lectern lectern;

    @Override
    public Integer call() {
        AnnotatorRegistry registry = lectern.registry();
        for (AnnotatorInfo info : registry.annotators()) {
            System.out.printf("%s  [%s]%n    %s%n", info.name(), info.source(), info.description());
            for (ParameterInfo p : info.parameters()) {
                // written as in pipeline XML, so it does not read like a command-line flag
                System.out.printf(
                        "    <param name=\"%s\"> %s%s%s%n        %s%n",
                        p.name(),
                        p.type(),
                        p.mandatory() ? ", mandatory" : "",
                        p.defaultValue().isEmpty() ? "" : ", default " + String.join(",", p.defaultValue()),
                        p.description() == null ? "" : p.description());
            }
            System.out.println();
        }
        registry.problems().forEach(problem -> System.out.println("PROBLEM: " + problem));
        return registry.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
