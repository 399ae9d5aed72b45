package uk.awarding.testengine.domain;

/** An item that breaks the item bank's rules (schema and the rules a schema cannot express). */
public class InvalidItemException extends RuntimeException {

    public InvalidItemException(String message) {
        super(message);
    }
}
