package org.lectern.viewer;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern serve DIR}: the viewer and review server over an XMI folder, until interrupted. */
@Command(
        name = "serve",
        description = "Serve the viewer over an XMI folder (with its TypeSystem.xml); reviews go to DIR/review/.")
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "XMI folder written by 'lectern run'.")
    Path folder;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; others need --users).")
    String host;

    @Option(names = "--read-only", description = "Only view: no review API.")
    boolean readOnly;

    @Option(
            names = "--users",
            paramLabel = "FILE",
            description = "Reviewers with password hashes (lectern add-user FILE NAME); they log in.")
    Path users;

    @Option(
            names = "--reviewer",
            paramLabel = "NAME",
            description = "Name loopback reviews are logged under (default: the system user).")
    String reviewer;

    @Override
    public Integer call() throws Exception {
        String name = reviewer != null ? reviewer : System.getProperty("user.name", "reviewer");
        return serve(folder, host, port, new ViewerServer.Access(readOnly, users, name));
    }

    /** Serves {@code folder} on this machine with reviews enabled (as {@code demo} does). */
    public static int serve(Path folder, String host, int port) throws Exception {
        return serve(folder, host, port, ViewerServer.Access.loopback(System.getProperty("user.name", "reviewer")));
    }

    /** Starts the viewer, prints its address (with the write token on loopback) and serves until stopped. */
    public static int serve(Path folder, String host, int port, ViewerServer.Access access) throws Exception {
        ViewerServer server;
        try {
            server = new ViewerServer(folder, host, port, access).start();
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        // Ctrl+C: stop taking requests and write the reviewed XMI not yet written (the logs are complete anyway)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Lectern viewer: " + e);
            }
        }));
        System.out.println("Lectern viewer: " + server.browserUri() + "  ("
                + folder.toAbsolutePath().normalize() + (access.readOnly() ? ", read-only" : "") + "; Ctrl+C to stop)");
        server.join();
        return 0;
    }
}
