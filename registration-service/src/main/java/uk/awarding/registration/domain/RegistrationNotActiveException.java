package uk.awarding.registration.domain;

/** A change that only an ACTIVE registration accepts was asked of a withdrawn one. */
public class RegistrationNotActiveException extends RuntimeException {

    public RegistrationNotActiveException(String registrationId) {
        super("Registration " + registrationId + " is withdrawn");
    }
}
