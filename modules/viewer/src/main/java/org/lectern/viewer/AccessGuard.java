package org.lectern.viewer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may write. On loopback: whoever presents the random token of this server start (printed in the URL, sent as
 * {@code X-Lectern-Token}), writing as the server's reviewer. Off loopback: reviewers log in with a name and
 * password from a users file and get a session (cookie) with its own token. Either way a request whose
 * {@code Host} (on loopback) or {@code Origin} is not this server's own is refused: that stops cross-site writes
 * and DNS rebinding.
 */
final class AccessGuard {

    static final String TOKEN_HEADER = "X-Lectern-Token";
    static final String SESSION_COOKIE = "lectern-session";

    /** A logged-in reviewer (or the loopback reviewer) and the token their writes carry. */
    record Session(String reviewer, String token) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean loopback;
    private final UsersFile users;
    private final Session local;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Set<String> ownHosts = Set.of();

    /**
     * @param host     the address the server binds
     * @param users    reviewers with passwords, or null (loopback only)
     * @param reviewer the name loopback writes are logged under
     */
    AccessGuard(String host, UsersFile users, String reviewer) {
        this.loopback = isLoopback(host);
        this.users = users;
        this.local = users == null ? new Session(reviewer, randomToken()) : null;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Called once the port is known: the Host values a loopback page can send. */
    void bound(int port) {
        ownHosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }

    /** The loopback token (for the printed URL), or null when reviewers log in. */
    String localToken() {
        return local == null ? null : local.token();
    }

    /** The name loopback writes are logged under, or null when reviewers log in. */
    String localReviewer() {
        return local == null ? null : local.reviewer();
    }

    boolean usesLogin() {
        return users != null;
    }

    /** Null if the request may go on, else why not: its Host or Origin is foreign. */
    String foreignRequest(String hostHeader, String origin) {
        if (loopback && (hostHeader == null || !ownHosts.contains(hostHeader.toLowerCase()))) {
            return "Host '" + hostHeader + "' is not this server";
        }
        if (origin != null && (hostHeader == null || !origin.equalsIgnoreCase("http://" + hostHeader))) {
            return "Origin '" + origin + "' is not this server";
        }
        return null;
    }

    /** The writer of a request, or null when its token (and session, off loopback) does not match. */
    Session writer(String token, String sessionId) {
        Session session = local != null ? local : sessionId == null ? null : sessions.get(sessionId);
        if (session == null || token == null) {
            return null;
        }
        return MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), session.token().getBytes(StandardCharsets.UTF_8))
                ? session
                : null;
    }

    /** The session of a cookie, or null. */
    Session session(String sessionId) {
        return sessionId == null ? null : sessions.get(sessionId);
    }

    /** Logs a reviewer in: a new session id (for the cookie) and session, or null for a wrong name or password. */
    Map.Entry<String, Session> login(String name, String password) {
        if (users == null || name == null || password == null || !users.verify(name, password)) {
            return null;
        }
        String id = randomToken();
        Session session = new Session(name, randomToken());
        sessions.put(id, session);
        return Map.entry(id, session);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
