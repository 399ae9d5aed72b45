package uk.awarding.testengine.client;

import java.time.Instant;

/** The fields of a registration this service relies on (contracts/registration-service/registration-cg-2794-02). */
public record RegistrationView(String id, String centreNumber, String uln, String givenName, String familyName,
        String qualificationId, String status, AccessArrangements accessArrangements, Instant withdrawnAt) {

    public record AccessArrangements(Integer extraTimePercent) {
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** The name a room list shows. */
    public String candidateName() {
        return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
    }

    public int extraTimePercent() {
        return accessArrangements == null || accessArrangements.extraTimePercent() == null ? 0
                : accessArrangements.extraTimePercent();
    }
}
