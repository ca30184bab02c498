package org.lectern.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "new-plugin",
        description =
                "Write a complete plugin project (annotator, provider, type, tests, sample pipeline) into ./NAME.")
final class NewPluginCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "Annotator name, also the folder and artifact id.")
    String name;

    @Option(
            names = "--package",
            paramLabel = "P",
            description = "Java package of the annotator (default: org.example.NAME, dashes removed).")
    String packageName;

    @Option(
            names = "--type",
            paramLabel = "T",
            description = "UIMA type the annotator writes: a simple name (put in P.type) or a qualified one"
                    + " (default: NAME in CamelCase).")
    String type;

    @Option(names = "--directory", paramLabel = "DIR", description = "Create NAME inside DIR (default: .).")
    Path directory = Path.of(".");

    @Override
    public Integer call() throws IOException {
        PluginScaffold scaffold;
        try {
            scaffold = new PluginScaffold(
                    name,
                    packageName != null ? packageName : "org.example." + name.replace("-", ""),
                    type != null ? type : PluginScaffold.className(name));
        } catch (IllegalArgumentException e) {
            System.err.println("new-plugin: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        Path project = directory.resolve(name).normalize();
        try {
            scaffold.writeTo(project);
        } catch (FileAlreadyExistsException e) {
            System.err.println("new-plugin: " + project + " already exists; choose another name or folder");
            return ExitCodes.INVALID_INPUT;
        }
        System.out.printf(
                "Created plugin project %s: annotator '%s', type %s.%nNext: cd %s && mvn -B package, then from the"
                        + " Lectern folder: ./lectern run %s --plugins %s%n",
                project,
                name,
                scaffold.typeName(),
                project,
                project.resolve("pipeline.xml"),
                project.resolve("target"));
        return ExitCodes.OK;
    }
}
