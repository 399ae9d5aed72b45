package uk.awarding.certification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.awarding.certification.service.TooManyVerificationsException;
import uk.awarding.platform.problem.Problem;

/** A 429 must say when to come back (Retry-After), which the shared mappers cannot know. */
public class CertificationProblemMappers {

    @ServerExceptionMapper
    public Response tooMany(TooManyVerificationsException e, UriInfo uri) {
        return Problem.of(e.status(), e.type(), e.title(), e.detail(), uri.getRequestUri().getRawPath())
                .with("retryAfter", e.retryAfterSeconds())
                .toResponseBuilder()
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }
}
