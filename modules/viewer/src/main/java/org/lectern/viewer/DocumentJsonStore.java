package org.lectern.viewer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASRuntimeException;
import org.lectern.io.XmiFolder;

/**
 * The documents' JSON as the viewer serves it: from memory if recently served, else from the disk cache, else
 * built from the XMI. Entries carry the file's stamp, so a changed file is never served from a cache.
 */
final class DocumentJsonStore implements AutoCloseable {

    /** A document or view that does not exist. */
    static final class NotFoundException extends Exception {
        NotFoundException(String message) {
            super(message);
        }
    }

    /** A document that exists but cannot be loaded. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    private final Path root;
    private final XmiFolder folder;
    private final MemoryJsonCache memory;
    private final DiskJsonCache disk;
    private final JsonFactory jsonFactory = new JsonFactory();

    DocumentJsonStore(Path root, XmiFolder folder, long memoryBytes) throws IOException {
        this.root = root;
        this.folder = folder;
        this.memory = new MemoryJsonCache(memoryBytes);
        this.disk = new DiskJsonCache();
    }

    /** The JSON of one view of the document {@code id}, stored in {@code xmi}. */
    byte[] json(String id, Path xmi, String viewName) throws NotFoundException, UnreadableException, IOException {
        String key = cacheKey(id, viewName);
        FileStamp stamp = FileStamp.of(xmi);
        byte[] json = memory.get(key, stamp);
        if (json != null) {
            return json;
        }
        json = disk.get(key, stamp);
        if (json == null) {
            CAS cas;
            try {
                cas = folder.load(xmi);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableException(relativeMessage(e));
            }
            json = toJson(id, cas, viewName);
            disk.put(key, stamp, json);
        }
        memory.put(key, stamp, json);
        return json;
    }

    /** Caches the default view's JSON of a document loaded anyway: opening it later then costs a file read. */
    void prepare(String id, FileStamp stamp, CAS cas) throws NotFoundException, IOException {
        disk.put(cacheKey(id, CAS.NAME_DEFAULT_SOFA), stamp, toJson(id, cas, CAS.NAME_DEFAULT_SOFA));
    }

    private byte[] toJson(String id, CAS cas, String viewName) throws NotFoundException, IOException {
        List<String> views = DocumentJson.textViews(cas);
        CAS view;
        try {
            view = cas.getView(viewName);
        } catch (CASRuntimeException e) {
            throw new NotFoundException("document '" + id + "' has no view '" + viewName + "'; it has " + views);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = jsonFactory.createGenerator(out)) {
            DocumentJson.write(json, id, view, views);
        }
        return out.toByteArray();
    }

    /** The error without the folder's absolute path, which the browser has no business knowing. */
    String relativeMessage(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replace(root.toString() + File.separator, "");
    }

    private static String cacheKey(String id, String viewName) {
        return id + '\u0000' + viewName;
    }

    @Override
    public void close() throws IOException {
        disk.close();
    }
}
