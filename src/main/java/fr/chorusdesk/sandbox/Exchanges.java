package fr.chorusdesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/** Reading and answering {@link HttpExchange}s. */
final class Exchanges {

    /** Anything bigger cannot be a valid request (10 Mo of file is about 14 Mo of Base64). */
    static final long MAX_BODY_BYTES = 32L * 1024 * 1024;
    static final String JSON = "application/json;charset=utf-8";

    private Exchanges() {
    }

    /** The body, or empty if it is larger than {@link #MAX_BODY_BYTES}. */
    static Optional<byte[]> body(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // chunked or bogus: fall through and count
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared == null ? 8192 : safeSize(declared));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > MAX_BODY_BYTES) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
            return Optional.of(out.toByteArray());
        }
    }

    private static int safeSize(String declared) {
        try {
            return (int) Math.min(Math.max(Long.parseLong(declared.trim()), 0), MAX_BODY_BYTES);
        } catch (NumberFormatException e) {
            return 8192;
        }
    }

    static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON);
        // one connection per request: after a client was killed mid-exchange, the JDK server was seen
        // closing kept-alive connections right after their next answer, and a send that reused one
        // failed before it left (BatchKillTest); the real platform's keep-alive is not emulated
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, json.length == 0 ? -1 : json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
