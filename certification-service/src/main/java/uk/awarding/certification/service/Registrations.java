package uk.awarding.certification.service;

import jakarta.enterprise.context.ApplicationScoped;

import uk.awarding.certification.client.CatalogueClient;
import uk.awarding.certification.client.QualificationView;
import uk.awarding.certification.client.RegistrationClient;
import uk.awarding.certification.client.RegistrationView;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;

/**
 * A registration as the caller may see it. Another centre's registration answers exactly like a missing one,
 * so a centre cannot probe for other centres' learners.
 */
@ApplicationScoped
public class Registrations {

    private final RegistrationClient registrations;
    private final CatalogueClient catalogue;

    Registrations(RegistrationClient registrations, CatalogueClient catalogue) {
        this.registrations = registrations;
        this.catalogue = catalogue;
    }

    public RegistrationView readableBy(String registrationId, Caller caller) {
        return registrations.registration(registrationId)
                .filter(r -> caller.actsFor(r.centreNumber()))
                .orElseThrow(() -> ProblemException.notFound("registration-not-found", "No such registration",
                        "There is no registration " + registrationId + " at your centre."));
    }

    public QualificationView qualificationOf(RegistrationView registration) {
        return catalogue.qualification(registration.qualificationId())
                .orElseThrow(() -> ProblemException.unprocessable("qualification-not-found",
                        "The registration's qualification is not in the catalogue",
                        "Qualification " + registration.qualificationId() + " is not in the catalogue."));
    }
}
