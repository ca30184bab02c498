package org.lectern.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.WriterSpec;

/**
 * Where a Spark run reads and writes, as fully qualified Hadoop URIs ({@code file:}, {@code hdfs:}, {@code s3a:}
 * ...): the pipeline's own reader source and writer targets unless {@code --input} / {@code --output} replace them.
 *
 * @param input   the input folder
 * @param baseUri the input folder as {@code DocumentMetaData} records it: for local files exactly what the local
 *                runner writes ({@code file:///…/}), so that both give the same XMI
 * @param outputs the writers with their folders
 */
record RunTargets(String input, String baseUri, List<OutputTarget> outputs) {

    static RunTargets of(PipelineDefinition pipeline, String input, String output, Configuration hadoop)
            throws IOException {
        String inputUri = qualify(
                input != null ? input : pipeline.reader().source().toUri().toString(), hadoop);
        List<OutputTarget> outputs = new ArrayList<>();
        for (WriterSpec writer : pipeline.writers()) {
            String target = output != null ? output : writer.target().toUri().toString();
            outputs.add(new OutputTarget(writer.type(), qualify(target, hadoop)));
        }
        return new RunTargets(inputUri, localForm(inputUri, true), List.copyOf(outputs));
    }

    /**
     * A local file's URI as {@link java.nio.file.Path#toUri()} gives it ({@code file:///a/b}, with a slash after a
     * folder's name), which is what the local runner records; other URIs as they are ({@code folder} adds the
     * slash).
     */
    static String localForm(String uri, boolean folder) {
        URI parsed = URI.create(uri);
        if ("file".equals(parsed.getScheme())) {
            return java.nio.file.Path.of(parsed).toUri().toString();
        }
        return folder && !uri.endsWith("/") ? uri + "/" : uri;
    }

    private static String qualify(String uri, Configuration hadoop) throws IOException {
        Path path = new Path(uri);
        return path.getFileSystem(hadoop).makeQualified(path).toString();
    }
}
