package uk.awarding.platform.problem;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;

/**
 * The one place where failures become RFC 9457 problems, for every service. Bodies name fields and rules,
 * never Java classes or stack traces; the unexpected is logged with a correlation id that the client also
 * receives, so support can find the log line without the client seeing internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What io.agroal.pool.ConnectionPool throws when no connection came free within the acquisition timeout. */
    static final String AGROAL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout!";
    /** How io.agroal.narayana.NarayanaTransactionIntegration's message begins when a connection fails to enlist. */
    static final String AGROAL_ENLIST_FAILURE = "Failed to enlist";
    /** A restarting database is usually back within seconds; clients should not hammer it meanwhile. */
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    /** nginx's status for a request whose client went away before the answer (no standard code says it). */
    static final int CLIENT_CLOSED_REQUEST = 499;
    /** MariaDB's ER_DUP_ENTRY: an insert or update would duplicate a unique key. */
    static final int MARIADB_DUPLICATE_KEY = 1062;
    /** Causes are followed this deep at most, so a cyclic chain cannot loop. */
    private static final int MAX_CAUSE_DEPTH = 32;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problem.of(e.status(), e.type(), e.title(), e.detail(), path(uri))
                .withAll(e.extensions())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problem.of(400, "validation-failed", "The request is not valid",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are not valid",
                path(uri))
                .with("errors", errors)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String detail = field.isEmpty()
                ? "The body is not well-formed JSON of the expected shape."
                : "The value of '" + field + "' has the wrong type or format.";
        Problem problem = Problem.of(400, "malformed-body", "The request body cannot be read", detail, path(uri));
        if (!field.isEmpty()) {
            problem.with("errors", List.of(new FieldError(field, "wrong type or format")));
        }
        return problem.toResponse();
    }

    /**
     * A value of the wrong type or an unknown enum constant: quarkus-rest-jackson maps this one itself, as plain
     * JSON, unless a mapper of higher priority claims it.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /**
     * Jackson cannot build a value: quarkus-rest-jackson would answer with an empty 500. Raised while parsing a
     * request it is the body's fault; otherwise (writing an answer, no parser known) it is our bug, as a problem.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response undefinable(InvalidDefinitionException e, UriInfo uri) {
        return e.getProcessor() instanceof JsonParser ? unreadable(e, uri) : unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return Problem.of(409, "stale-version", "Changed by someone else",
                "The resource was changed since you read it: read it again and reapply your change.", path(uri))
                .toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Problem.of(401, "unauthenticated", "Authentication required",
                "Send a valid bearer token from the awarding realm.", path(uri))
                .toResponseBuilder()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "forbidden", "Not allowed",
                "Your role does not allow this request.", path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri); // Quarkus REST wraps JSON syntax errors in a plain 400
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the media type you asked for.";
            case 415 -> "Send the body as application/json.";
            default -> "The request cannot be processed as sent.";
        };
        return Problem.of(status, slug, title, detail, path(uri))
                .toResponseBuilder()
                .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                .build();
    }

    /**
     * Everything no other mapper claims. A client that hung up mid-request is nobody's failure (see
     * {@link #clientGone}); the rest is {@link #unexpected}.
     */
    @ServerExceptionMapper
    public Response unhandled(Throwable e, UriInfo uri, ServerRequestContext request) {
        if (request.serverResponse().closed() && isConnectionClosed(e)) {
            return clientGone(e, uri);
        }
        return unexpected(e, uri);
    }

    /**
     * A failure of ours. A database that cannot be reached is not a bug but an outage the client should ride out, so
     * it is a 503 (see {@link #databaseUnavailable}); the rest is a 500 logged with its stack.
     */
    Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        if (isDuplicateKey(e)) {
            return concurrentChange(e, uri);
        }
        String correlationId = currentCorrelationId();
        LOG.errorf(e, "Unexpected failure [correlationId=%s]", correlationId);
        return Problem.of(500, "internal-error", "Something went wrong on our side",
                "Please try again; if it persists, quote the correlation id to support.", path(uri))
                .with("correlationId", correlationId)
                .toResponse();
    }

    /**
     * The database is down, restarting or unreachable, or no pooled connection came free in time. The transaction
     * did not commit, so nothing of the request was confirmed and the client may send it again (saves are
     * idempotent). Logged without a stack: during an outage every request fails this same way.
     */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        String correlationId = currentCorrelationId();
        LOG.warnf("Database unavailable [correlationId=%s]: %s", correlationId, e.getMessage());
        return Problem.of(503, "database-unavailable", "Database unavailable",
                "The service cannot reach its database just now, so the request was not carried out. "
                        + "Retry in a few seconds.",
                path(uri))
                .with("correlationId", correlationId)
                .toResponseBuilder()
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Two requests wrote the same unique key at the same moment and the database kept the first: this one was rolled
     * back whole and changed nothing. A check-then-write that can race says what the winner means for it where it
     * knows (an idempotent delivery answers as the first did); elsewhere the client reads again and decides, so the
     * race is a 409 like a stale version. Logged at WARN with the database's message (which names the key): a
     * duplicate that is not a race but our bug must still be found.
     */
    private static Response concurrentChange(Throwable e, UriInfo uri) {
        String correlationId = currentCorrelationId();
        LOG.warnf("Duplicate key, answered as a concurrent change [correlationId=%s]: %s", correlationId,
                duplicateKeyMessage(e));
        ProblemException problem = ProblemException.concurrentChange();
        return Problem.of(problem.status(), problem.type(), problem.title(), problem.detail(), path(uri))
                .with("correlationId", correlationId)
                .toResponse();
    }

    /**
     * The client closed its connection before its request had arrived in full (a closed tab, a client-side timeout, a
     * dropped link), so reading the body failed. No answer can reach it and nothing of ours failed, so it is logged
     * without a stack at DEBUG. The answer exists for the metrics and the access log alone: nginx's 499 "client closed
     * request" there keeps these hang-ups apart from both server errors and malformed requests.
     */
    private static Response clientGone(Throwable e, UriInfo uri) {
        LOG.debugf("Client closed the connection mid-request [correlationId=%s]: %s", currentCorrelationId(),
                e.getMessage());
        return Problem.of(CLIENT_CLOSED_REQUEST, "client-closed-request", "Client closed the request",
                "The connection closed before the whole request arrived.", path(uri)).toResponse();
    }

    /**
     * Whether Vert.x reports the connection closed under the failure (reading a request body wraps it in IOExceptions).
     * Only counted as the client's doing while the request's own response is closed too: a peer service's connection
     * closing under a REST client call is an outage, not a hang-up.
     */
    static boolean isConnectionClosed(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSE_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure comes from the database connection rather than from the statement: the JDBC connection
     * exception types, SQLState class 08 (connection exception) for drivers that use plain SQLException, and two
     * failures Agroal reports as plain SQLExceptions known only by their message: the pool acquisition timeout, and a
     * pooled connection that cannot join the transaction (with one datasource, only a connection that died with the
     * database does that; Agroal drops the driver's cause). Hibernate, Narayana and Agroal wrap these, so the whole
     * cause chain is searched, with the suppressed failures on it: a commit the database dies in is Narayana's
     * RollbackException, which carries the driver's connection failure only as a suppressed XAException.
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        return anyCause(failure, ProblemMappers::isConnectionFailure, 0);
    }

    /**
     * Whether the database refused a write for a duplicate unique key (a lost race; a foreign-key or not-null
     * violation stays a bug). The cause chain is searched as for {@link #isDatabaseUnavailable}: a duplicate found at
     * commit reaches us inside Narayana's RollbackException.
     */
    public static boolean isDuplicateKey(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLIntegrityConstraintViolationException sql
                && sql.getErrorCode() == MARIADB_DUPLICATE_KEY, 0);
    }

    private static String duplicateKeyMessage(Throwable failure) {
        String[] message = { failure.getMessage() };
        anyCause(failure, cause -> {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                message[0] = cause.getMessage();
                return true;
            }
            return false;
        }, 0);
        return message[0];
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test, int depth) {
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSE_DEPTH; cause = cause.getCause(), depth++) {
            if (test.test(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (anyCause(suppressed, test, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException) {
            return true;
        }
        return failure instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                || AGROAL_ACQUISITION_TIMEOUT.equals(sql.getMessage())
                || (sql.getMessage() != null && sql.getMessage().startsWith(AGROAL_ENLIST_FAILURE)));
    }

    static String currentCorrelationId() {
        Object id = MDC.get(CorrelationIdFilter.MDC_KEY);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "register.request.familyName" becomes "familyName"; "list.size" (a query parameter) stays "size". */
    static String fieldName(Path path) {
        int nodes = 0;
        int leading = 0;
        for (Path.Node node : path) {
            nodes++;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                leading++;
            }
        }
        if (nodes - leading > 1) {
            leading++; // drop the parameter name in front of a body field
        }
        String[] segments = path.toString().split("\\.", leading + 1);
        return segments.length > leading ? segments[leading] : path.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String path(UriInfo uri) {
        return uri != null ? uri.getRequestUri().getRawPath() : null;
    }
}
