package org.lectern.viewer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The viewer: an embedded Jetty server over one XMI folder. */
public final class ViewerServer implements AutoCloseable {

    /** JSON of recently opened documents kept ready to serve again. */
    private static final long CACHE_BYTES = 256L * 1024 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final DocumentIndex index;

    /**
     * @param folder the XMI folder (with its {@code TypeSystem.xml})
     * @param host   the address to bind, {@code 127.0.0.1} unless the viewer is to be reachable from elsewhere
     * @param port   the port, 0 for any free one
     */
    public ViewerServer(Path folder, String host, int port) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + folder);
        }
        index = new DocumentIndex(folder, CACHE_BYTES);
        server = new Server(new QueuedThreadPool(64, 4, 60_000));
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        // no compression: the viewer is served on this machine or a LAN, where gzip costs more than it saves
        server.setHandler(new ViewerHandler(index));
    }

    public ViewerServer start() throws Exception {
        server.start();
        index.start();
        return this;
    }

    /** Waits until every document of the folder has been read once (documents list complete). */
    public void awaitIndexed(long timeoutMillis) throws InterruptedException {
        index.awaitIndexed(timeoutMillis);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0")
                ? "localhost"
                : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        index.close();
    }
}
