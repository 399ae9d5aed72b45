package uk.awarding.testengine.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.awarding.platform.problem.Problem;
import uk.awarding.testengine.domain.InvalidItemException;
import uk.awarding.testengine.domain.SessionStateException;

/** Problems of this service that the shared mappers do not know. */
public class TestEngineProblemMappers {

    /** An item that breaks the item bank's rules, from the API or a QTI import: 422 {@code invalid-item}. */
    @ServerExceptionMapper
    public Response invalidItem(InvalidItemException e, UriInfo uri) {
        return Problem.of(422, "invalid-item", "Invalid item", e.getMessage(), uri.getPath()).toResponse();
    }

    /** An action the test session's state does not allow (not open yet, closed): 409, nothing changed. */
    @ServerExceptionMapper
    public Response sessionState(SessionStateException e, UriInfo uri) {
        return Problem.of(409, e.type(), e.title(), e.getMessage(), uri.getPath()).toResponse();
    }
}
