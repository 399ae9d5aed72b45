package uk.awarding.registration.service;

/** A POST's answer as sent: kept verbatim so a retry gets exactly the same status, Location and body. */
public record Answer(int status, String location, String body, boolean replayed) {

    public static Answer of(int status, String location, String body) {
        return new Answer(status, location, body, false);
    }
}
