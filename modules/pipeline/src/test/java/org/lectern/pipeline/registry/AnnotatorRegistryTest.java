package org.lectern.pipeline.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.apache.uima.resource.metadata.TypeDescription;
import org.junit.jupiter.api.Test;

class AnnotatorRegistryTest {

    private final AnnotatorRegistry registry = AnnotatorRegistry.builtIn();

    @Test
    void listsBuiltInsSortedByNameWithoutProblems() {
        assertThat(registry.annotators())
                .extracting(AnnotatorInfo::name)
                .isSorted()
                .contains("keywords", "segmenter");
        assertThat(registry.annotators()).extracting(AnnotatorInfo::source).containsOnly(AnnotatorRegistry.BUILT_IN);
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void segmenterParametersComeFromItsEngineAndProviderDefaults() {
        AnnotatorInfo segmenter = registry.find("segmenter").orElseThrow();
        // OpenNlpSegmenter redeclares its superclass's "language": listed once
        assertThat(segmenter.parameters())
                .extracting(ParameterInfo::name)
                .isSorted()
                .doesNotHaveDuplicates()
                .contains(
                        "language",
                        "segmentationModelLocation",
                        "tokenizationModelLocation",
                        "writeToken",
                        "zoneTypes",
                        "strictZoning");
        // the provider sets the model locations, so they are neither mandatory nor without a default
        assertThat(segmenter.parameter("segmentationModelLocation").orElseThrow())
                .isEqualTo(new ParameterInfo(
                        "segmentationModelLocation",
                        "String",
                        false,
                        List.of("classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"),
                        segmenter
                                .parameter("segmentationModelLocation")
                                .orElseThrow()
                                .description()));
        assertThat(segmenter.parameter("writeToken").orElseThrow())
                .extracting(ParameterInfo::type, ParameterInfo::mandatory, ParameterInfo::defaultValue)
                .containsExactly("Boolean", false, List.of("true"));
        assertThat(segmenter.parameter("zoneTypes").orElseThrow().type()).isEqualTo("String[]");
    }

    @Test
    void keywordParametersWithTypesDefaultsMandatoryAndEnumValues() {
        AnnotatorInfo keywords = registry.find("keywords").orElseThrow();
        assertThat(keywords.description()).isEqualTo("Marks keyword tokens (test fixture)");
        assertThat(keywords.parameters())
                .extracting(
                        ParameterInfo::name, ParameterInfo::type, ParameterInfo::mandatory, ParameterInfo::defaultValue)
                .containsExactly(
                        tuple("caseSensitive", "Boolean", false, List.of("false")),
                        tuple("confidence", "Double", false, List.of("1.0")),
                        tuple("keywords", "String[]", true, List.of()),
                        tuple("kind", "String", false, List.of("keyword")),
                        tuple("match", "String", false, List.of("TOKEN")),
                        tuple("maxHits", "Integer", false, List.of("1000")));
        assertThat(keywords.parameter("keywords").orElseThrow().description()).isEqualTo("Words to mark");
        assertThat(keywords.allowedValues("match")).contains(List.of("TOKEN", "PREFIX"));
        assertThat(keywords.allowedValues("kind")).isEmpty();
    }

    @Test
    void typeSystemHoldsLecternAndDkproTypes() {
        assertThat(Arrays.stream(registry.typeSystem().getTypes()).map(TypeDescription::getName))
                .contains(
                        "org.lectern.type.Boilerplate",
                        "org.lectern.type.Quotation",
                        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token");
    }

    @Test
    void unknownAnnotatorIsEmpty() {
        assertThat(registry.find("no-such-annotator")).isEmpty();
    }
}
