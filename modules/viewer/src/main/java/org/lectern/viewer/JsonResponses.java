package org.lectern.viewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writing a whole response body at once, and JSON errors {@code {"error": message}}. */
final class JsonResponses {

    static final String JSON = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponses() {}

    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static void json(Response response, Callback callback, int status, Object body) throws JsonProcessingException {
        send(response, callback, status, JSON, MAPPER.writeValueAsBytes(body));
    }

    /**
     * Errors often answer before the request's body was read; Jetty then drops the connection after the response,
     * and a client that reuses it sees no reply at all. Saying {@code Connection: close} makes it open a new one.
     */
    static void error(Response response, Callback callback, int status, String message) throws JsonProcessingException {
        if (response.getRequest().getLength() != 0) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        json(response, callback, status, Map.of("error", message));
    }
}
