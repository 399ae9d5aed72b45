package uk.awarding.testengine.domain;

/** An action the session's state does not allow (not open yet, closed): a 409 problem of the given type. */
public class SessionStateException extends RuntimeException {

    private final String type;
    private final String title;

    public SessionStateException(String type, String title, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
