package uk.awarding.catalogue.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import uk.awarding.platform.problem.ProblemMappers;

/**
 * Routes unreadable JSON bodies to the shared {@code malformed-body} problem where Quarkus REST would bypass it: a
 * syntax error arrives wrapped in a {@code WebApplicationException(400)} (answered as the generic
 * {@code bad-request}), and a wrong type or unknown enum value is a {@code MismatchedInputException}, which
 * quarkus-rest-jackson's own mapper would answer as plain {@code application/json}.
 */
public class UnparsableJsonProblem {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response http(WebApplicationException e, UriInfo uri) {
        return e.getCause() instanceof JsonProcessingException json ? shared.unreadable(json, uri) : shared.http(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return shared.unreadable(e, uri);
    }
}
