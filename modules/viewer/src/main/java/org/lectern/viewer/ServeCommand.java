package org.lectern.viewer;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern serve DIR}: the viewer over an XMI folder, until interrupted. */
@Command(name = "serve", description = "Serve the viewer over an XMI folder (with its TypeSystem.xml).")
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "XMI folder written by 'lectern run'.")
    Path folder;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    public Integer call() throws Exception {
        return serve(folder, host, port);
    }

    /** Starts the viewer, prints its address and serves until the process is stopped. */
    public static int serve(Path folder, String host, int port) throws Exception {
        try (ViewerServer server = new ViewerServer(folder, host, port).start()) {
            System.out.println("Lectern viewer: " + server.uri() + "  ("
                    + folder.toAbsolutePath().normalize() + "; Ctrl+C to stop)");
            server.join();
        }
        return 0;
    }
}
