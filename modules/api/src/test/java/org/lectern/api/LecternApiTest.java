package org.lectern.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LecternApiTest {

    @Test
    void versionsComeFromThePluginManifestFragmentWithTheBuildVersionFilledIn() {
        assertThat(LecternApi.VERSION).isEqualTo(1);
        assertThat(LecternApi.LECTERN_VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
