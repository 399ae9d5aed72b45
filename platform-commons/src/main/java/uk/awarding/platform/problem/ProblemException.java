package uk.awarding.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client can act on, answered as an RFC 9457 problem. Domain and service code throws it;
 * {@link ProblemMappers} turns it into {@code application/problem+json}. The {@code type} slug is part of the
 * public contract: clients switch on it, so never rename one.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ProblemException badRequest(String type, String title, String detail) {
        return new ProblemException(400, type, title, detail);
    }

    public static ProblemException notFound(String type, String title, String detail) {
        return new ProblemException(404, type, title, detail);
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(409, type, title, detail);
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail);
    }

    public static ProblemException unavailable(String type, String title, String detail) {
        return new ProblemException(503, type, title, detail);
    }

    /**
     * 409 {@code concurrent-change}: another request wrote the same unique key at the same moment and the database kept
     * it; this request was rolled back whole, so the client reads again and decides whether to send it again.
     */
    public static ProblemException concurrentChange() {
        return conflict("concurrent-change", "Changed by another request at the same moment",
                "Another request made the same change at the same moment, so this one changed nothing: read the "
                        + "resource again and, if your change is still needed, send it again.");
    }

    /** Adds a member beside the standard ones (RFC 9457 section 3.2), e.g. {@code shortfalls}. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
