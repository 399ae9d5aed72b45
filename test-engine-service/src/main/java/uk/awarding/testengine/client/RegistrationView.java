package uk.awarding.testengine.client;

/** The fields of a registration this service relies on (contracts/registration-service/registration-cg-2794-02). */
public record RegistrationView(String id, String uln, String qualificationId, String status,
        AccessArrangements accessArrangements) {

    public record AccessArrangements(Integer extraTimePercent) {
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public int extraTimePercent() {
        return accessArrangements == null || accessArrangements.extraTimePercent() == null ? 0
                : accessArrangements.extraTimePercent();
    }
}
