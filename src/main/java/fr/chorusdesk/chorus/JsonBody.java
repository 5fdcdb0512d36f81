package fr.chorusdesk.chorus;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A small JSON request body. Bodies of operations that create something are one-shot, so that
 * OkHttp never replays them by itself once they started to go out.
 */
final class JsonBody extends RequestBody {

    private final byte[] bytes;
    private final boolean oneShot;

    JsonBody(byte[] bytes, boolean oneShot) {
        this.bytes = bytes;
        this.oneShot = oneShot;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public MediaType contentType() {
        return FileJsonBody.JSON;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes);
    }
}
