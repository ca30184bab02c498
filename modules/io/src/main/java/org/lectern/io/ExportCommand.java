package org.lectern.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.CASRuntimeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export DIR --json OUT [--cleaned-text OUT] [--reviewed]}: one gold-schema JSON per XMI file (and optionally
 * the text of its {@code cleaned} view), mirroring sub-folders. With {@code --reviewed}, the reviewed XMI of
 * {@code DIR/review/} whose review state is {@code reviewed}, plus {@link #REVIEW_SIDECAR} naming each one's
 * reviewers, times and pipeline run. A file that fails is reported and skipped; the exit code is then 1, as it is
 * when the folder holds no XMI at all.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export an XMI folder to gold-schema JSON (and cleaned text).")
public class ExportCommand implements Callable<Integer> {

    /** The view the cleanup annotator writes the cleaned text into. */
    public static final String CLEANED_VIEW = "cleaned";

    /** The file beside the JSON of {@code --reviewed} saying who reviewed what, when, against which run. */
    public static final String REVIEW_SIDECAR = "review-sidecar.json";

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of XMI files (searched recursively).")
    Path xmiFolder;

    @Option(names = "--json", required = true, paramLabel = "OUT", description = "Folder for the JSON files.")
    Path jsonFolder;

    @Option(
            names = "--cleaned-text",
            paramLabel = "OUT",
            description = "Folder for the text of each document's '" + CLEANED_VIEW + "' view.")
    Path cleanedTextFolder;

    @Option(
            names = "--reviewed",
            description = "Export the documents reviewed in DIR/review/ (state 'reviewed') only, with " + REVIEW_SIDECAR
                    + ".")
    boolean reviewed;

    @Spec
    CommandSpec spec;

    /** The sidecar's entries, one per reviewed document exported. */
    private final ReviewSidecar sidecar = new ReviewSidecar();

    /** Documents exported as JSON and cleaned texts written so far. */
    private int exported;

    private int cleanedTexts;

    private int notReviewed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(xmiFolder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "DIR is not a folder: " + xmiFolder);
        }
        Path source = reviewed ? xmiFolder.resolve(XmiFolder.REVIEW_FOLDER) : xmiFolder;
        XmiFolder folder = new XmiFolder(source);
        if (!Files.isDirectory(source) || folder.xmiFiles().isEmpty()) {
            err.println("export: no *.xmi files in " + source);
            return 1;
        }
        Map<Path, Exception> failures = folder.visitAll((xmi, cas) -> exportOne(folder, xmi, cas, err));
        failures.forEach((xmi, error) -> err.println("export: FAILED " + xmi + ": " + ErrorMessages.rootCause(error)));
        if (reviewed) {
            sidecar.write(jsonFolder.resolve(REVIEW_SIDECAR));
            out.printf("export: %d reviewed; %d not (yet) in state 'reviewed' left out%n", exported, notReviewed);
        }
        out.printf(
                "export: %d of %d XMI files written as JSON to %s%s%s%n",
                exported,
                exported + failures.size(),
                jsonFolder,
                cleanedTextFolder == null
                        ? ""
                        : String.format(", %d cleaned texts to %s", cleanedTexts, cleanedTextFolder),
                failures.isEmpty() ? "" : String.format(" (%d failed)", failures.size()));
        return failures.isEmpty() ? 0 : 1;
    }

    private void exportOne(XmiFolder folder, Path xmi, CAS cas, PrintWriter err) throws IOException, CASException {
        Path stem = folder.relativeStem(xmi);
        if (reviewed && !sidecar.add(stem.toString().replace('\\', '/'), cas.getJCas())) {
            notReviewed++;
            return;
        }
        ObjectNode json = GoldJson.toJson(
                cas.getJCas(),
                GoldJson.documentName(cas.getJCas(), stem.getFileName().toString()));
        GoldJson.write(
                reviewed ? GoldJson.withoutUnreviewedAttribution(json) : json, jsonFolder.resolve(stem + ".json"));
        exported++;
        if (cleanedTextFolder == null) {
            return;
        }
        CAS cleaned;
        try {
            cleaned = cas.getView(CLEANED_VIEW);
        } catch (CASRuntimeException e) {
            err.println("export: WARNING " + xmi + " has no '" + CLEANED_VIEW + "' view; no cleaned text written");
            return;
        }
        Path textFile = cleanedTextFolder.resolve(stem + ".txt");
        Files.createDirectories(textFile.toAbsolutePath().getParent());
        Files.writeString(
                textFile, cleaned.getDocumentText() == null ? "" : cleaned.getDocumentText(), StandardCharsets.UTF_8);
        cleanedTexts++;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExportCommand()).execute(args));
    }
}
