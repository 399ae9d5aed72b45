package uk.awarding.registration.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.registration.service.Answer;

/** Turns answers to write POSTs into JSON text, so the same text can be stored for idempotent replay and sent. */
@ApplicationScoped
public class Answers {

    /** Tells a client that this answer is the stored first answer to its Idempotency-Key. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final ObjectMapper json;

    public Answers(ObjectMapper json) {
        this.json = json;
    }

    Answer of(int status, URI location, Object body) {
        return Answer.of(status, location == null ? null : location.toString(), text(body));
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer not serialisable", e);
        }
    }

    byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request not serialisable", e);
        }
    }

    static Response toResponse(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
