package uk.awarding.registration.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import uk.awarding.platform.problem.ProblemMappers;

/**
 * Quarkus REST answers an unreadable JSON body itself before the shared {@link ProblemMappers} sees it: a
 * value of the wrong type through its own plain-JSON mapper, broken JSON as a bare 400. This hands both to
 * the shared mapper, so the client gets the {@code malformed-body} problem naming the field.
 */
public class BodyProblems {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return shared.unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadable(WebApplicationException e, UriInfo uri) {
        return e.getCause() instanceof JsonProcessingException json ? shared.unreadable(json, uri) : shared.http(e, uri);
    }
}
