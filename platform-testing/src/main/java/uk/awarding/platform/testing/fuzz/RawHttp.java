package uk.awarding.platform.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request sent byte for byte over a fresh connection. HTTP client libraries refuse exactly what a fuzzer must
 * send (malformed percent-encodings, invalid UTF-8, a declared length without the body), so this writes HTTP/1.1
 * itself and reads the answer until the server closes the connection. Tests use it for the same reason.
 */
public final class RawHttp {

    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("\r\ncontent-length:\\s*(\\d+)");

    private final URI base;
    private final InetAddress local;

    public RawHttp(URI base) {
        this(base, null);
    }

    private RawHttp(URI base, InetAddress local) {
        this.base = base;
        this.local = local;
    }

    /**
     * The same, sending from another local address, e.g. {@code 127.0.0.2}: a peer the service does not trust as a
     * proxy (every 127.x.y.z address is this machine's loopback on Linux).
     */
    public RawHttp from(InetAddress localAddress) {
        return new RawHttp(base, localAddress);
    }

    /**
     * Sends the request; {@code declaredLength} larger than the body announces a body that never comes (the server
     * must refuse it from the header alone).
     */
    public Answer send(String method, String target, Map<String, String> headers, byte[] body, long declaredLength) {
        try (Socket socket = local == null ? new Socket(base.getHost(), base.getPort())
                : new Socket(base.getHost(), base.getPort(), local, 0)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(Math.max(declaredLength, body.length)).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException refusedEarly) {
                    // The server may answer and close before reading the whole body: its answer is still there.
                }
            }
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(target) + " failed", e);
        }
    }

    /**
     * Reads until the answer is complete (by its Content-Length or last chunk) or the server closes: a server that
     * refused a body it never received may keep the connection open.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            for (int n; !complete(bytes.toByteArray()) && (n = in.read(buffer)) >= 0;) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException resetAfterAnswer) {
            if (bytes.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return bytes.toByteArray();
    }

    private static boolean complete(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            return false;
        }
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int body = raw.length - end - 4;
        Matcher length = CONTENT_LENGTH.matcher(head);
        if (length.find()) {
            return body >= Long.parseLong(length.group(1));
        }
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return new String(raw, end, raw.length - end, StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n");
        }
        return false;
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IllegalStateException("No HTTP answer, only " + raw.length + " bytes");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer : for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 150) + "...(" + text.length() + " chars)";
    }
}
