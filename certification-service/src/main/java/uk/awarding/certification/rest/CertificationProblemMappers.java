package uk.awarding.certification.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import uk.awarding.certification.service.TooManyVerificationsException;
import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.problem.ProblemMappers;

/**
 * Problems the shared mappers cannot answer alone. A 429 must say when to come back (Retry-After). And Quarkus
 * REST answers an unreadable JSON body itself before the shared {@link ProblemMappers} sees it (a value of the
 * wrong type through its own plain-JSON mapper, broken JSON as a bare 400), so both are handed to the shared
 * mapper here and the client gets the {@code malformed-body} problem. (registration-service works around the same
 * gap the same way; the fix belongs in platform-commons.)
 */
public class CertificationProblemMappers {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return shared.unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadable(WebApplicationException e, UriInfo uri) {
        return e.getCause() instanceof JsonProcessingException json ? shared.unreadable(json, uri) : shared.http(e, uri);
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyVerificationsException e, UriInfo uri) {
        return Problem.of(e.status(), e.type(), e.title(), e.detail(), uri.getRequestUri().getRawPath())
                .with("retryAfter", e.retryAfterSeconds())
                .toResponseBuilder()
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }
}
