package org.lectern.viewer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.lectern.review.ReviewStore;

/** The viewer: an embedded Jetty server over one XMI folder, with the review API unless read-only. */
public final class ViewerServer implements AutoCloseable {

    /** JSON of recently opened documents kept ready to serve again. */
    private static final long CACHE_BYTES = 256L * 1024 * 1024;

    /**
     * How the server lets people write.
     *
     * @param readOnly  no review API (the viewer as it was before review)
     * @param usersFile reviewers with password hashes ({@code lectern add-user}); required off loopback
     * @param reviewer  the name loopback writes are logged under
     */
    public record Access(boolean readOnly, Path usersFile, String reviewer) {

        public static Access readOnlyViewer() {
            return new Access(true, null, null);
        }

        /** Writes on loopback with the start token, logged as {@code reviewer}. */
        public static Access loopback(String reviewer) {
            return new Access(false, null, reviewer);
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final DocumentIndex index;
    private final ReviewStore reviews;
    private final AccessGuard guard;

    /** A read-only viewer. */
    public ViewerServer(Path folder, String host, int port) throws IOException {
        this(folder, host, port, Access.readOnlyViewer());
    }

    /**
     * @param folder the XMI folder (with its {@code TypeSystem.xml}); reviews go to {@code folder/review/}
     * @param host   the address to bind, {@code 127.0.0.1} unless the viewer is to be reachable from elsewhere
     * @param port   the port, 0 for any free one
     * @throws IllegalArgumentException for writes off loopback without a users file
     */
    public ViewerServer(Path folder, String host, int port, Access access) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + folder);
        }
        if (!access.readOnly() && access.usersFile() == null && !AccessGuard.isLoopback(host)) {
            throw new IllegalArgumentException("--host " + host + " is not a loopback address: reviewing from other "
                    + "machines needs --users FILE (reviewers with passwords), or serve with --read-only");
        }
        index = new DocumentIndex(folder, CACHE_BYTES);
        reviews = access.readOnly() ? null : new ReviewStore(folder);
        guard = access.readOnly()
                ? null
                : new AccessGuard(
                        host,
                        access.usersFile() == null ? null : UsersFile.read(access.usersFile()),
                        access.reviewer());
        server = new Server(new QueuedThreadPool(64, 4, 60_000));
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        // no compression: the viewer is served on this machine or a LAN, where gzip costs more than it saves
        server.setHandler(new ViewerHandler(index, reviews, guard));
    }

    public ViewerServer start() throws Exception {
        server.start();
        if (guard != null) {
            guard.bound(port());
        }
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

    /** The write token of this start (loopback writes), or null when read-only or reviewers log in. */
    public String token() {
        return guard == null ? null : guard.localToken();
    }

    /** The address to open: with the token on loopback (as Jupyter prints it), the login page with users. */
    public URI browserUri() {
        if (guard != null && guard.usesLogin()) {
            return uri().resolve("login.html");
        }
        return token() == null ? uri() : URI.create(uri() + "?token=" + token());
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        index.close();
        if (reviews != null) {
            reviews.close();
        }
    }
}
