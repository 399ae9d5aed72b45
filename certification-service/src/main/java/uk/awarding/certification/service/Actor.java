package uk.awarding.certification.service;

import java.util.Optional;

/**
 * Who is calling: the token's user, and for role {@code centre} the centre they act for. Staff of the awarding
 * organisation see every centre's certificates.
 */
public record Actor(String name, Optional<String> centreNumber, boolean staff) {

    public static Actor centre(String name, String centreNumber) {
        return new Actor(name, Optional.of(centreNumber), false);
    }

    public static Actor staff(String name) {
        return new Actor(name, Optional.empty(), true);
    }

    public static Actor service(String name) {
        return new Actor(name, Optional.empty(), false);
    }

    /** Staff see everything; a centre sees what belongs to it; nobody else sees anything. */
    public boolean mayRead(String ownerCentreNumber) {
        return staff || centreNumber.filter(ownerCentreNumber::equals).isPresent();
    }
}
