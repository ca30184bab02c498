package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.cli.LecternCommandLineTest.Result;

/**
 * End to end: {@code lectern new-plugin} writes a project, Maven builds it as it is (its unit tests included), and
 * its jar runs in {@code lectern run} after the built-in segmenter. The project is generated under
 * {@code target/}, inside this checkout, so that Maven uses the same settings and local repository as this build.
 */
class NewPluginCommandTest {

    private static final Path WORK = Path.of("target/new-plugin-test").toAbsolutePath();
    private static Path project;
    private static Path jar;

    @BeforeAll
    static void generateAndBuild() throws Exception {
        deleteRecursively(WORK);
        Result created = LecternCommandLineTest.lectern(
                "new-plugin",
                "acronyms",
                "--package",
                "org.example.acro",
                "--type",
                "Acronym",
                "--directory",
                WORK.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        project = WORK.resolve("acronyms");
        assertThat(created.out()).contains("Created plugin project " + project);
        jar = build(project).resolve("acronyms-0.1.0.jar");
    }

    @Test
    void writesACompleteProject() throws IOException {
        assertThat(project.resolve("src/main/java/org/example/acro/AcronymsAnnotator.java"))
                .exists();
        assertThat(project.resolve("src/main/java/org/example/acro/AcronymsProvider.java"))
                .exists();
        assertThat(project.resolve("src/test/java/org/example/acro/AcronymsAnnotatorTest.java"))
                .exists();
        assertThat(project.resolve("src/main/resources/org/example/acro/type/AcronymsTypes.xml"))
                .exists();
        assertThat(project.resolve("README.md")).exists();
        assertThat(Files.readString(project.resolve("src/main/resources/META-INF/org.apache.uima.fit/types.txt")))
                .isEqualTo("classpath*:org/example/acro/type/AcronymsTypes.xml\n");
        assertThat(Files.readString(project.resolve("pom.xml")))
                .contains("<lectern.version>" + org.lectern.api.LecternApi.LECTERN_VERSION + "</lectern.version>")
                .doesNotContain("Lectern-Api-Version");
        try (JarFile built = new JarFile(jar.toFile())) {
            assertThat(built.getManifest().getMainAttributes().getValue("Lectern-Api-Version"))
                    .isEqualTo(String.valueOf(org.lectern.api.LecternApi.VERSION));
        }
        assertThat(LecternCommandLineTest.lectern("new-plugin", "acronyms", "--directory", WORK.toString())
                        .exitCode())
                .as("never overwrites")
                .isEqualTo(2);
    }

    @Test
    void builtJarRunsBesideTheBuiltInsAndIsListedWithItsParameter() throws IOException {
        Path plugins = jar.getParent();
        Result listed = LecternCommandLineTest.lectern("annotators", "--plugins", plugins.toString());
        assertThat(listed.exitCode()).as(listed.out()).isZero();
        assertThat(listed.out())
                .contains("acronyms  [acronyms-0.1.0.jar]", "<param name=\"pattern\"> String, default \\p{Lu}{2,}");

        Path pipeline = project.resolve("pipeline.xml");
        Result run = LecternCommandLineTest.lectern("run", pipeline.toString(), "--plugins", plugins.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 documents: 1 annotated");
        String xmi = Files.readString(project.resolve("target/lectern-out/sample.xmi"));
        assertThat(xmi)
                .containsPattern(":Acronym xmi:id=\"\\d+\" sofa=\"1\" begin=\"4\" end=\"7\" value=\"IMF\"")
                .containsPattern(":Acronym xmi:id=\"\\d+\" sofa=\"1\" begin=\"16\" end=\"19\" value=\"ECB\"")
                .contains(":Token ");
    }

    @Test
    void valueTheAnnotatorRejectsIsOneLineInValidateAndRun() throws IOException {
        Path pipeline = Files.writeString(
                project.resolve("bad-pattern.xml"),
                Files.readString(project.resolve("pipeline.xml")).replace("\\p{Lu}{2,}", "("));
        String plugins = jar.getParent().toString();
        String reason = "parameter pattern is not a valid regular expression: Unclosed group near index 1";

        Result validate = LecternCommandLineTest.lectern("validate", pipeline.toString(), "--plugins", plugins);
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err().lines().filter(line -> !line.startsWith("[")))
                .containsExactly(pipeline + ":7:3: annotator 'acronyms' rejects its configuration: " + reason);

        assertThat(LecternCommandLineTest.lectern("validate", pipeline.toString(), "--plugins", plugins, "--quick")
                        .exitCode())
                .as("--quick does not start the annotators")
                .isZero();

        Result run = LecternCommandLineTest.lectern("run", pipeline.toString(), "--plugins", plugins);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().filter(line -> !line.startsWith("[")))
                .containsExactly("run: annotator 'acronyms' (acronyms-0.1.0.jar) failed to initialize: " + reason);
    }

    @Test
    void jarWithoutTypesTxtIsNamedByAnnotatorsValidateAndRun() throws IOException {
        Path plugins = Files.createDirectories(WORK.resolve("no-types-txt"));
        copyWithout(jar, plugins.resolve("acronyms-0.1.0.jar"), "META-INF/org.apache.uima.fit/types.txt");
        String problem = "plugin acronyms-0.1.0.jar refused: type org.example.acro.type.Acronym (a JCas class in"
                + " the jar) is in no type system; likely cause: the jar has no META-INF/org.apache.uima.fit/types.txt";

        Result listed = LecternCommandLineTest.lectern("annotators", "--plugins", plugins.toString());
        assertThat(listed.exitCode()).isEqualTo(1);
        assertThat(listed.out()).contains("PROBLEM: " + problem);

        String pipeline = project.resolve("pipeline.xml").toString();
        Result validate = LecternCommandLineTest.lectern("validate", pipeline, "--plugins", plugins.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains(":7:3: annotator 'acronyms' is not available: " + problem);
        Result run = LecternCommandLineTest.lectern("run", pipeline, "--plugins", plugins.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(":7:3: annotator 'acronyms' is not available: " + problem);
    }

    /** {@code mvn -B -o -q package} in {@code project}; skipped where Maven or the installed lectern-api is missing. */
    private static Path build(Path project) throws IOException, InterruptedException {
        Path log = WORK.resolve("build.log");
        Process maven;
        try {
            maven = new ProcessBuilder(
                            "mvn",
                            "-B",
                            "-o",
                            "-q",
                            "-f",
                            project.resolve("pom.xml").toString(),
                            "package")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            Assumptions.abort("Maven is not available to build the generated plugin: " + e.getMessage());
            throw e;
        }
        assertThat(maven.waitFor(5, TimeUnit.MINUTES))
                .as("plugin build finishes")
                .isTrue();
        String output = Files.readString(log);
        Assumptions.assumeFalse(
                maven.exitValue() != 0 && output.contains("org.lectern:lectern-api:jar"),
                "lectern-api is not installed in the local Maven repository:\n" + output);
        assertThat(maven.exitValue())
                .as("generated plugin's build:%n%s", output)
                .isZero();
        assertThat(Files.readString(
                        project.resolve("target/surefire-reports/TEST-org.example.acro.AcronymsAnnotatorTest.xml")))
                .as("its unit tests ran and passed")
                .contains("tests=\"3\" errors=\"0\" skipped=\"0\" failures=\"0\"");
        return project.resolve("target");
    }

    private static void copyWithout(Path source, Path target, String left) throws IOException {
        try (JarFile in = new JarFile(source.toFile());
                OutputStream file = Files.newOutputStream(target);
                JarOutputStream out = new JarOutputStream(file, in.getManifest())) {
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                if (!entry.getName().equals(left) && !entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
