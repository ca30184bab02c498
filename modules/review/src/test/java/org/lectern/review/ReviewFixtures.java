package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.lectern.io.TypeSystemFile;
import org.lectern.type.PipelineRun;
import org.lectern.type.Quotation;

/**
 * A predicted XMI folder as the pipeline writes it, with the example plugin's types (unknown to the review code)
 * and a quote attributed to an entity.
 */
final class ReviewFixtures {

    //                          0         1         2           3         4         5         6         7
    //                          0123456789012345678901234567 8901234567890 123456789012345678901234567890123456789
    static final String TEXT = "Ann Lee of Danske Bank said “we will go” in Oslo. Per Holm agreed. It cost $5m.";

    static final String PLUGIN_TYPES =
            "../../examples/plugin-example/src/main/resources/org/example/type/ExampleTypes.xml";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReviewFixtures() {}

    /** Writes {@code folder/NAME.xmi} and {@code folder/TypeSystem.xml}; returns the XMI. */
    static Path writePredicted(Path folder, String name, String pipelineSha256) throws Exception {
        JCas jcas = newCas().getJCas();
        jcas.setDocumentText(TEXT);
        jcas.setDocumentLanguage("en");
        NamedEntity ann = entity(jcas, 0, 7, "PERSON", "Ann Lee");
        entity(jcas, 11, 22, "PERSON", "Danske Bank");
        entity(jcas, 44, 48, "LOCATION", "Oslo");
        Quotation quote = new Quotation(jcas, 29, 39);
        quote.setSpeaker(ann);
        quote.setSpeakerMention(ann);
        quote.setSpeakerName("Ann Lee");
        quote.addToIndexes();
        Type money = jcas.getTypeSystem().getType("org.example.type.MoneyAmount");
        Annotation amount = (Annotation) jcas.getCas().createAnnotation(money, 75, 78);
        Feature currency = money.getFeatureByBaseName("currency");
        amount.setStringValue(currency, "USD");
        amount.setDoubleValue(money.getFeatureByBaseName("amount"), 5_000_000);
        amount.addToIndexes();
        PipelineRun run = new PipelineRun(jcas);
        run.setPipelineName("test");
        run.setPipelineSha256(pipelineSha256);
        run.addToIndexes();
        Files.createDirectories(folder);
        TypeSystemFile.write(folder, jcas.getTypeSystem());
        Path xmi = folder.resolve(name + ".xmi");
        try (OutputStream out = Files.newOutputStream(xmi)) {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        }
        return xmi;
    }

    /** A CAS with the types on the classpath and the example plugin's. */
    static CAS newCas() throws Exception {
        TypeSystemDescription plugin = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(
                        new XMLInputSource(Path.of(PLUGIN_TYPES).toFile()));
        TypeSystemDescription merged = CasCreationUtils.mergeTypeSystems(
                List.of(TypeSystemDescriptionFactory.createTypeSystemDescription(), plugin));
        return CasCreationUtils.createCas(merged, null, null);
    }

    static NamedEntity entity(JCas jcas, int begin, int end, String value, String identifier) {
        NamedEntity entity = new NamedEntity(jcas, begin, end);
        entity.setValue(value);
        entity.setIdentifier(identifier);
        entity.addToIndexes();
        return entity;
    }

    /** JSON ops from a JSON array text (single quotes allowed for readability). */
    static List<JsonNode> ops(String json) throws Exception {
        JsonNode array = MAPPER.readTree(json.replace('\'', '"'));
        return List.of(MAPPER.convertValue(array, JsonNode[].class));
    }
}
