package org.lectern.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesJsonAndCleanedTextPerXmiAndReportsBrokenFiles() throws Exception {
        Path xmi = work.resolve("xmi");
        JCas withCleaned = XmiFixtures.document("001_a.txt", "By Ann. Text.", "Text.");
        XmiFixtures.writeTypeSystem(withCleaned, xmi);
        XmiFixtures.writeXmi(withCleaned, xmi.resolve("001_a.xmi"));
        JCas withoutCleaned = XmiFixtures.document("002_b.txt", "Photo: AP. More.", null);
        XmiFixtures.writeXmi(withoutCleaned, xmi.resolve("sport/002_b.xmi"));
        Files.writeString(xmi.resolve("003_broken.xmi"), "<xmi:XMI");

        int exitCode = run(
                xmi.toString(),
                "--json",
                work.resolve("json").toString(),
                "--cleaned-text",
                work.resolve("cleaned").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(work.resolve("json/001_a.json"))
                .hasContent(GoldJson.format(GoldJson.toJson(withCleaned, "001_a.txt")));
        assertThat(work.resolve("json/sport/002_b.json"))
                .hasContent(GoldJson.format(GoldJson.toJson(withoutCleaned, "002_b.txt")));
        assertThat(work.resolve("json/003_broken.json")).doesNotExist();
        assertThat(work.resolve("cleaned/001_a.txt")).hasContent("Text.");
        assertThat(work.resolve("cleaned/sport/002_b.txt")).doesNotExist();
        assertThat(err.toString())
                .contains("FAILED " + xmi.resolve("003_broken.xmi"))
                .contains("WARNING " + xmi.resolve("sport/002_b.xmi") + " has no 'cleaned' view");
        assertThat(out.toString()).contains("2 of 3 XMI files written as JSON").contains("(1 failed)");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        int exitCode = run(
                work.resolve("absent").toString(),
                "--json",
                work.resolve("json").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("DIR is not a folder: " + work.resolve("absent"));
    }

    @Test
    void aFolderWithoutXmiFails() throws Exception {
        Files.createDirectories(work.resolve("empty"));

        int exitCode = run(
                work.resolve("empty").toString(), "--json", work.resolve("json").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("no *.xmi files in " + work.resolve("empty"));
    }

    private int run(String... args) {
        return new CommandLine(new ExportCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }
}
