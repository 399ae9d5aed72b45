package uk.awarding.registration.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.testing.NativeImageConfig;
import uk.awarding.registration.rest.RegistrationView;

/**
 * What the native image needs beyond what Quarkus finds by itself; checked after the native-sources build. The audit
 * details (AuditLog) and the stored answers of write requests (Answers) are written by the ObjectMapper directly.
 */
class NativeImageConfigIT {

    private final NativeImageConfig nativeImage = NativeImageConfig.ofThisModule();

    @Test
    void registersWhatJacksonWritesOutsideJaxRs() {
        assertEquals(List.of(), nativeImage.unregisteredForJackson(Registrations.RegisteredDetail.class,
                Registrations.WithdrawnDetail.class, Registrations.ArrangementsChanged.class,
                Centres.CentreCreated.class, Centres.QualificationApproved.class, BatchReport.class,
                RegistrationView.class, Problem.class, FieldError.class));
    }
}
