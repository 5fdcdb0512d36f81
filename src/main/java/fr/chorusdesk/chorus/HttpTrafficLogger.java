package fr.chorusdesk.chorus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every exchange at debug level, with credentials, tokens and file contents blanked out.
 * Nothing is logged (nor read) unless debug is on for {@code fr.chorusdesk.chorus.http}.
 */
final class HttpTrafficLogger implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger("fr.chorusdesk.chorus.http");
    private static final long MAX_LOGGED_BODY = 64 * 1024;

    private final ObjectMapper mapper;

    HttpTrafficLogger(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(request);
        }
        LOG.debug("--> {} {} {} {}", request.method(), request.url(), headers(request.headers()),
                requestBody(request.body()));
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            LOG.debug("<-- {} {} failed after {} ms: {}", request.method(), request.url().encodedPath(),
                    (System.nanoTime() - start) / 1_000_000, e.toString());
            throw e;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String body = new String(response.peekBody(MAX_LOGGED_BODY).bytes(), StandardCharsets.UTF_8);
        LOG.debug("<-- {} {} ({} ms) {} {}", response.code(), request.url().encodedPath(), ms,
                headers(response.headers()), Redaction.body(mapper, body));
        return response;
    }

    private static String headers(Headers headers) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < headers.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String name = headers.name(i);
            sb.append(name).append(": ").append(Redaction.isSecretHeader(name) ? Redaction.REDACTED : headers.value(i));
        }
        return sb.append(']').toString();
    }

    private String requestBody(RequestBody body) throws IOException {
        if (body == null) {
            return "";
        }
        if (body instanceof FileJsonBody file) {
            return file.describe();
        }
        if (body instanceof JsonBody json) {
            return Redaction.body(mapper, new String(json.bytes(), StandardCharsets.UTF_8));
        }
        if (body instanceof FormBody form) {
            StringBuilder sb = new StringBuilder("form{");
            for (int i = 0; i < form.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                String name = form.name(i);
                sb.append(name).append('=').append(Redaction.isSecretFormField(name) ? Redaction.REDACTED : form.value(i));
            }
            return sb.append('}').toString();
        }
        long length = body.contentLength();
        if (length < 0 || length > MAX_LOGGED_BODY || body.isOneShot()) {
            return "<body of " + length + " bytes, not logged>";
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return Redaction.body(mapper, buffer.readUtf8());
    }
}
