package org.lectern.bench.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs its per-annotator profile with the launcher's own default JVM options: read them right. */
class LauncherOptionsTest {

    @Test
    void readsTheProjectLaunchersDefaults() throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();

        assertThat(ThroughputBenchmark.launcherOptions(home))
                .anyMatch(option -> option.startsWith("-Xmx"))
                .noneMatch(option -> option.contains("$"));
    }

    @Test
    void namesTheLauncherWithoutADefaultsLine(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("lectern"), "exec java ${LECTERN_JAVA_OPTS:-$heap} -jar x.jar\n");

        assertThatThrownBy(() -> ThroughputBenchmark.launcherOptions(home))
                .hasMessageContaining(home.resolve("lectern").toString())
                .hasMessageContaining("java_options");
    }
}
