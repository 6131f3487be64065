package org.licensetriage.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A POST over a plain socket with a chunked body the test writes piece by piece, while a second thread reads
 * the answer: shows what the service sends before the upload has ended, which an HTTP client library hides.
 */
final class ChunkedUpload implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<Void> reading;

    ChunkedUpload(int port, String pathAndQuery, String contentType, String accept) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        out.write(("POST " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nAccept: " + accept + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        reading = CompletableFuture.runAsync(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (received) {
                        received.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Sends one chunk of the body. */
    void send(byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What has arrived so far, headers and chunk framing included. */
    String receivedSoFar() {
        synchronized (received) {
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the answer so far contains {@code text}; false after the timeout. */
    boolean awaitReceived(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (receivedSoFar().contains(text)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Ends the body and returns the whole answer once the service has closed the connection. */
    String finish() throws Exception {
        try {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException closedByTheService) {
            // The service may have stopped reading (a file over the limit); its answer is still there to read.
        }
        reading.get(60, TimeUnit.SECONDS);
        return receivedSoFar();
    }

    /** The body of the answer, without its chunk framing. */
    String body() {
        byte[] raw;
        synchronized (received) {
            raw = received.toByteArray();
        }
        int at = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0) + 4;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (at < raw.length) {
            int end = indexOf(raw, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            int size = Integer.parseInt(new String(raw, at, end - at, StandardCharsets.US_ASCII).strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(raw, end + 2, size);
            at = end + 2 + size + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("incomplete HTTP answer");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
