package org.lectern.pipeline.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.lectern.io.AtomicFiles;
import org.lectern.io.GoldJson;
import org.lectern.pipeline.config.WriterSpec;
import org.lectern.type.PipelineRun;

/**
 * What a writer puts into its file, wherever the file goes (a local folder or a Hadoop file system): the
 * provenance mark, the serialised CAS per writer type, and the check that an XMI was made by a given pipeline.
 */
public final class OutputFormats {

    private OutputFormats() {}

    /** The output file extension of a writer type: {@code .xmi} or {@code .json}. */
    public static String extension(String writerType) {
        return WriterSpec.XMI.equals(writerType) ? ".xmi" : ".json";
    }

    /** Records in the CAS which pipeline file annotated it ({@code org.lectern.type.PipelineRun}). */
    public static void markRun(CAS cas, String pipelineName, String pipelineSha256) throws CASException {
        PipelineRun run = new PipelineRun(cas.getJCas());
        run.setPipelineName(pipelineName);
        run.setPipelineSha256(pipelineSha256);
        run.addToIndexes();
    }

    /** The file content a writer of {@code writerType} makes from {@code cas} (JSON is built at once). */
    public static AtomicFiles.Content content(String writerType, CAS cas, String fileName) throws CASException {
        if (WriterSpec.XMI.equals(writerType)) {
            return stream -> XmiCasSerializer.serialize(cas, stream);
        }
        String json = GoldJson.format(GoldJson.toJson(cas.getJCas(), fileName));
        return stream -> stream.write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A byte search for the provenance attribute: much cheaper than deserialising the XMI. */
    public static boolean madeBy(InputStream xmi, String pipelineSha256) throws IOException {
        byte[] needle = ("pipelineSha256=\"" + pipelineSha256 + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] content = xmi.readAllBytes();
        outer:
        for (int i = content.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
