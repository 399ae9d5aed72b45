package uk.awarding.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.type.TypeFactory;

/** Jackson failing to build a request record is a 400 malformed-body; failing to write an answer stays a 500. */
class UnreadableBodyProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void recordThatCannotBeBuiltFromTheBodyIsMalformedBody() throws IOException {
        // What Jackson throws for {"name":"a","name":"b"} read into a record.
        var failure = InvalidDefinitionException.from(new JsonFactory().createParser("{}"),
                "No fallback setter/field defined for creator property 'name'",
                TypeFactory.defaultInstance().constructType(String.class));

        Response response = mappers.undefinable(failure, null);

        assertEquals(400, response.getStatus());
        assertEquals("urn:awarding:problem:malformed-body", ((Problem) response.getEntity()).getType());
    }

    @Test
    void answerThatCannotBeWrittenIsOurFailure() throws IOException {
        var failure = InvalidDefinitionException.from(new JsonFactory().createGenerator(new StringWriter()),
                "No serializer found", TypeFactory.defaultInstance().constructType(Object.class));

        Response response = mappers.undefinable(failure, null);

        assertEquals(500, response.getStatus());
        assertEquals("urn:awarding:problem:internal-error", ((Problem) response.getEntity()).getType());
    }
}
