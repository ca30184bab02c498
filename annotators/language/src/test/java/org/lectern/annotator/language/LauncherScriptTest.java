package org.lectern.annotator.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher ({@code ./lectern}) gives a run {@code -Xmx1g} until the n-gram index file exists (the first run
 * builds the index on the heap): it must look for the file {@link NgramIndexFile} writes, in the folder it gives the
 * JVM, or every run would get the large heap (or the first one too small a heap) without anybody noticing.
 */
class LauncherScriptTest {

    /** The project's root, from this module's folder (where Maven runs the tests). */
    private static final Path LAUNCHER = Path.of("../../lectern");

    @Test
    void launcherChoosesTheHeapByTheIndexFileTheAnnotatorWrites() throws Exception {
        String script = Files.readString(LAUNCHER);
        List<String> folders = Pattern.compile("-D" + Pattern.quote(NgramIndexFile.FOLDER_PROPERTY) + "=\"([^\"]+)\"")
                .matcher(script)
                .results()
                .map(match -> match.group(1))
                .distinct()
                .toList();
        assertThat(folders)
                .as("the model-cache folder the launcher gives the JVM")
                .hasSize(1);
        String indexFile = folders.get(0) + "/" + NgramIndexFile.FILE_NAME;

        assertThat(script.lines().filter(line -> line.contains("-Xmx1g\"")))
                .as("the launcher's line choosing the first run's heap")
                .singleElement()
                .asString()
                .contains("[ -f \"" + indexFile + "\" ]");
    }
}
