package org.lectern.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of XMI files as written by the pipeline: {@code *.xmi} in any sub-folder, each next to (or below) a
 * {@code TypeSystem.xml}. Each file loads into a fresh CAS built from the nearest {@code TypeSystem.xml} in its
 * folder or an ancestor up to the root; without one, from the types on the classpath. Loading is lenient:
 * features and types unknown to that type system are skipped rather than failing the document.
 * <p>
 * {@code TypeSystem.xml} is parsed by UIMA's {@code XMLParser}, whose SAX factory refuses DOCTYPE declarations
 * (so no external or expanding entities); XMI files declaring a DOCTYPE are refused before UIMA reads them.
 * {@code XmiFolderTest} guards both.
 */
public final class XmiFolder {

    private static final Logger LOG = LoggerFactory.getLogger(XmiFolder.class);

    private static final String XMI_EXTENSION = ".xmi";

    /** The sub-folder where the review of a folder's documents is kept. */
    public static final String REVIEW_FOLDER = "review";

    /** A file marking a sub-folder whose XMI files are not documents of the enclosing folder. */
    public static final String NOT_DOCUMENTS_MARK = ".lectern-not-documents";

    /** Bytes searched for the end of the XML prolog (XMI files reach their root element within a few dozen). */
    private static final int PROLOG_LIMIT = 64 * 1024;

    /** A start tag: '<' followed by a name character, unlike {@code <?}, {@code <!--} and {@code <!DOCTYPE}. */
    private static final Pattern ROOT_ELEMENT_START = Pattern.compile("<[\\p{L}_:]");

    private final Path root;

    /** Type systems by the folder they serve; one parse per folder, shared by all loads. */
    private final Map<Path, TypeSystemDescription> typeSystems = new ConcurrentHashMap<>();

    /** Types added to every document's type system (e.g. the review's), or null. */
    private final TypeSystemDescription extraTypes;

    public XmiFolder(Path root) {
        this(root, null);
    }

    /** A folder whose documents load with {@code extraTypes} besides their own {@code TypeSystem.xml}. */
    public XmiFolder(Path root, TypeSystemDescription extraTypes) {
        this.root = root.toAbsolutePath().normalize();
        this.extraTypes = extraTypes;
    }

    /** The folder, absolute and normalised. */
    public Path root() {
        return root;
    }

    /**
     * All {@code *.xmi} files below the root, in path order. A symbolic link whose target lies outside the root is
     * left out (and logged): nothing outside the folder is ever read through it. A sub-folder holding the file
     * {@link #NOT_DOCUMENTS_MARK} (the review folder) is left out: its XMI are not documents of this folder.
     */
    public List<Path> xmiFiles() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("Not a folder: " + root);
        }
        Path realRoot = root.toRealPath();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(XMI_EXTENSION))
                    .filter(file -> !inMarkedFolder(file))
                    .filter(Files::isRegularFile)
                    .filter(file -> insideRoot(file, realRoot))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private boolean inMarkedFolder(Path file) {
        for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
            if (Files.exists(folder.resolve(NOT_DOCUMENTS_MARK))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideRoot(Path file, Path realRoot) {
        try {
            if (file.toRealPath().startsWith(realRoot)) {
                return true;
            }
            LOG.warn("{} points outside {}; skipped", file, realRoot);
        } catch (IOException e) {
            LOG.warn("{}: cannot resolve: {}", file, e.toString());
        }
        return false;
    }

    /** {@code xmi}'s name without {@code .xmi}, as a path relative to the root (keeps sub-folders). */
    public Path relativeStem(Path xmi) {
        Path relative = root.relativize(xmi.toAbsolutePath().normalize());
        String name = relative.getFileName().toString();
        return relative.resolveSibling(name.substring(0, name.length() - XMI_EXTENSION.length()));
    }

    /** Receives each loaded document of {@link #visitAll}. */
    @FunctionalInterface
    public interface CasVisitor {
        void visit(Path xmi, CAS cas) throws Exception;
    }

    /** Loads {@code xmi} into a fresh CAS. */
    public CAS load(Path xmi) throws IOException {
        Path file = xmi.toAbsolutePath().normalize();
        CAS cas = newCas(file, typeSystemFor(file.getParent()));
        loadInto(file, cas);
        return cas;
    }

    /**
     * Loads every XMI file in path order and hands it to {@code visitor}. The CAS is reset and reused for the next
     * file with the same type system (building a CAS costs several milliseconds), so visitors must not keep it.
     * A file that fails to load or to be visited does not stop the others.
     *
     * @return the failed files with their errors, in path order
     */
    public Map<Path, Exception> visitAll(CasVisitor visitor) throws IOException {
        Map<TypeSystemDescription, CAS> casByTypeSystem = new IdentityHashMap<>();
        Map<Path, Exception> failures = new LinkedHashMap<>();
        for (Path xmi : xmiFiles()) {
            try {
                TypeSystemDescription typeSystem = typeSystemFor(xmi.getParent());
                CAS cas = casByTypeSystem.get(typeSystem);
                if (cas == null) {
                    cas = newCas(xmi, typeSystem);
                    casByTypeSystem.put(typeSystem, cas);
                }
                cas.reset();
                loadInto(xmi, cas);
                visitor.visit(xmi, cas);
            } catch (Exception e) {
                failures.put(xmi, e);
            }
        }
        return failures;
    }

    private static CAS newCas(Path file, TypeSystemDescription typeSystem) throws IOException {
        try {
            return CasCreationUtils.createCas(typeSystem, null, null);
        } catch (ResourceInitializationException e) {
            throw new IOException(file + ": cannot build a CAS for it: " + ErrorMessages.rootCause(e), e);
        }
    }

    private static void loadInto(Path file, CAS cas) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), PROLOG_LIMIT)) {
            refuseDoctype(in, file);
            SerialFormat format = CasIOUtils.load(in, null, cas, CasLoadMode.LENIENT);
            if (format != SerialFormat.XMI) {
                throw new IOException(file + ": not XMI (detected " + format + ")");
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file (removed while being read?)", e);
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file.toString())
                    ? e
                    : new IOException(file + ": " + ErrorMessages.rootCause(e), e);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + ErrorMessages.rootCause(e), e);
        }
    }

    /**
     * UIMA's XMI deserializer, unlike its descriptor parser, accepts DOCTYPE declarations (and with them internal
     * entity expansion); XMI never needs one, so a prolog declaring one is refused before parsing.
     */
    private static void refuseDoctype(InputStream in, Path file) throws IOException {
        in.mark(PROLOG_LIMIT);
        byte[] head = in.readNBytes(PROLOG_LIMIT);
        in.reset();
        String text = new String(head, prologCharset(head));
        Matcher rootElement = ROOT_ELEMENT_START.matcher(text);
        boolean rootFound = rootElement.find();
        if (!rootFound) {
            throw new IOException(
                    head.length == PROLOG_LIMIT
                            ? file + ": no root element within the first " + PROLOG_LIMIT + " bytes"
                            : file + ": not XMI: no root element in its " + head.length
                                    + " bytes (empty or cut short?)");
        }
        if (text.substring(0, rootFound ? rootElement.start() : text.length()).contains("<!DOCTYPE")) {
            throw new IOException(file + ": DOCTYPE declarations are not allowed in XMI");
        }
    }

    /** UTF-16 by byte-order mark or by the zero byte of a leading '<'; otherwise an ASCII-compatible encoding. */
    private static Charset prologCharset(byte[] head) {
        if (head.length < 2) {
            return StandardCharsets.ISO_8859_1;
        }
        int first = head[0] & 0xFF;
        int second = head[1] & 0xFF;
        if ((first == 0xFE && second == 0xFF) || (first == 0 && second == '<')) {
            return StandardCharsets.UTF_16BE;
        }
        if ((first == 0xFF && second == 0xFE) || (first == '<' && second == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.ISO_8859_1;
    }

    private TypeSystemDescription typeSystemFor(Path folder) throws IOException {
        TypeSystemDescription cached = typeSystems.get(folder);
        if (cached != null) {
            return cached;
        }
        Path typeSystemFile = folder.resolve(TypeSystemFile.NAME);
        TypeSystemDescription description;
        if (Files.isRegularFile(typeSystemFile)) {
            description = withExtraTypes(TypeSystemFile.read(typeSystemFile));
        } else if (!folder.equals(root) && folder.startsWith(root)) {
            description = typeSystemFor(folder.getParent());
        } else {
            LOG.warn(
                    "No {} in {} or above it; loading its XMI with the types on the classpath",
                    TypeSystemFile.NAME,
                    folder);
            description = withExtraTypes(classpathTypeSystem());
        }
        typeSystems.put(folder, description);
        return description;
    }

    private TypeSystemDescription withExtraTypes(TypeSystemDescription description) throws IOException {
        if (extraTypes == null) {
            return description;
        }
        try {
            return CasCreationUtils.mergeTypeSystems(List.of(description, extraTypes));
        } catch (ResourceInitializationException e) {
            throw new IOException(
                    "Cannot add " + extraTypes.getName() + " to the types of " + root + ": "
                            + ErrorMessages.rootCause(e),
                    e);
        }
    }

    private static TypeSystemDescription classpathTypeSystem() throws IOException {
        try {
            return TypeSystemDescriptionFactory.createTypeSystemDescription();
        } catch (ResourceInitializationException e) {
            throw new IOException("Cannot detect the type system on the classpath: " + e.getMessage(), e);
        }
    }
}
