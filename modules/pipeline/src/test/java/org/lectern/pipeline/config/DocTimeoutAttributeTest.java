package org.lectern.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.registry.AnnotatorRegistry;

class DocTimeoutAttributeTest {

    @TempDir
    Path dir;

    private PipelineDefinition parse(String attributes) throws Exception {
        Path file = dir.resolve("p.xml");
        Files.writeString(file, """
                <pipeline xmlns="urn:lectern:pipeline:1" %s>
                  <reader type="text" source="in"/>
                  <annotator name="segmenter"/>
                  <writer type="xmi" target="out"/>
                </pipeline>
                """.formatted(attributes));
        return new PipelineParser(AnnotatorRegistry.builtIn()).parse(file);
    }

    @Test
    void secondsAreRead() throws Exception {
        assertThat(parse("docTimeout=\"30\"").docTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(parse("docTimeout=\"0\"").docTimeout()).isEqualTo(Duration.ZERO);
        assertThat(parse("").docTimeout()).isNull();
    }

    @Test
    void badValuesAreNamedWithTheirLine() {
        assertThatThrownBy(() -> parse("docTimeout=\"ten\""))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("p.xml:1:")
                .hasMessageContaining("ten");
        assertThatThrownBy(() -> parse("docTimeout=\"-5\""))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> parse("docTimeout=\"99999999999999999999999\""))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("docTimeout '99999999999999999999999' is not a number of seconds");
    }
}
