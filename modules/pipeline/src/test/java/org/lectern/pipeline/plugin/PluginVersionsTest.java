package org.lectern.pipeline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginVersionsTest {

    private static List<String> loaded(String... jars) {
        return PluginVersions.select(List.of(jars).stream().map(Path::of).toList()).load().stream()
                .map(Path::toString)
                .toList();
    }

    @Test
    void versionsCompareAsMavenVersionsNotAsText() {
        assertThat(loaded("x-0.0.9.jar", "x-0.1.0.jar")).containsExactly("x-0.1.0.jar");
        assertThat(loaded("x-0.10.0.jar", "x-0.9.0.jar")).containsExactly("x-0.10.0.jar");
        assertThat(loaded("x-1.0.0-SNAPSHOT.jar", "x-1.0.0.jar")).containsExactly("x-1.0.0.jar");
    }

    @Test
    void pluginNameIsTheFileNameBeforeTheVersion() {
        assertThat(PluginVersions.pluginName(Path.of("lectern-money-dates-1.0.0-SNAPSHOT.jar")))
                .isEqualTo("lectern-money-dates");
        assertThat(PluginVersions.pluginName(Path.of("a-first.jar"))).isEqualTo("a-first");
        assertThat(loaded("a-first.jar", "b-second.jar", "money-1.jar"))
                .containsExactly("a-first.jar", "b-second.jar", "money-1.jar");
    }
}
