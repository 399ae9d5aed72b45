package uk.awarding.catalogue.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import uk.awarding.platform.problem.ProblemMappers;

/**
 * Quarkus REST wraps a JSON syntax error in a {@code WebApplicationException(400)} before any mapper sees the
 * Jackson exception, so platform-commons would answer the generic {@code bad-request}; this unwraps it into the
 * shared {@code malformed-body} problem and leaves every other case to the shared mapper.
 */
public class UnparsableJsonProblem {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response http(WebApplicationException e, UriInfo uri) {
        return e.getCause() instanceof JsonProcessingException json ? shared.unreadable(json, uri) : shared.http(e, uri);
    }
}
