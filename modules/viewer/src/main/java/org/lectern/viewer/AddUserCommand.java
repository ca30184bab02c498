package org.lectern.viewer;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lectern add-user FILE NAME}: appends a reviewer to a users file; the password is read, not echoed. */
@Command(name = "add-user", description = "Add a reviewer to a users file for 'serve --users FILE'.")
public final class AddUserCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Users file (created if missing).")
    Path file;

    @Parameters(index = "1", paramLabel = "NAME", description = "Reviewer name, as it appears in review logs.")
    String name;

    @Override
    public Integer call() throws Exception {
        Console console = System.console();
        String password = console != null
                ? new String(console.readPassword("Password for %s: ", name))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 8) {
            System.err.println("add-user: the password must have at least 8 characters");
            return 2;
        }
        Files.writeString(
                file,
                UsersFile.line(name, password) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.println("add-user: " + name + " added to " + file);
        return 0;
    }
}
