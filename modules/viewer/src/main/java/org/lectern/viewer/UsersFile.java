package org.lectern.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reviewers and their password hashes, one per line: {@code name:pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and
 * hash in Base64), {@code #} starts a comment. Hashes are the JDK's PBKDF2 with HMAC-SHA-256 (600,000 iterations
 * for new entries, as OWASP advises for this function); comparison is constant-time.
 */
final class UsersFile {

    static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private record Entry(int iterations, byte[] salt, byte[] hash) {}

    private final Map<String, Entry> users;

    private UsersFile(Map<String, Entry> users) {
        this.users = users;
    }

    /** Reads {@code file}; a malformed line fails with the file and line number. */
    static UsersFile read(Path file) throws IOException {
        Map<String, Entry> users = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":");
            try {
                if (parts.length != 5 || !parts[1].equals(SCHEME) || parts[0].isBlank()) {
                    throw new IllegalArgumentException("expected name:" + SCHEME + ":iterations:salt:hash");
                }
                Base64.Decoder base64 = Base64.getDecoder();
                users.put(
                        parts[0],
                        new Entry(Integer.parseInt(parts[2]), base64.decode(parts[3]), base64.decode(parts[4])));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a user line: " + e.getMessage(), e);
            }
        }
        if (users.isEmpty()) {
            throw new IOException(file + ": no users (add one with 'lectern add-user " + file + " NAME')");
        }
        return new UsersFile(users);
    }

    /** Whether {@code password} is {@code name}'s; unknown names cost as much time as known ones. */
    boolean verify(String name, String password) {
        Entry entry = users.get(name);
        Entry checked = entry != null ? entry : users.values().iterator().next();
        boolean matches = MessageDigest.isEqual(hash(password, checked.salt(), checked.iterations()), checked.hash());
        return entry != null && matches;
    }

    /** The line for a new user. */
    static String line(String name, String password) {
        if (name.isBlank() || name.contains(":") || name.contains(",")) {
            throw new IllegalArgumentException("a user name must be non-blank, without ':' or ','");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return String.join(
                ":",
                name,
                SCHEME,
                String.valueOf(ITERATIONS),
                base64.encodeToString(salt),
                base64.encodeToString(hash(password, salt, ITERATIONS)));
    }

    private static byte[] hash(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
