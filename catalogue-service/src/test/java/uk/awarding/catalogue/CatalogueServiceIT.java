package uk.awarding.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import uk.awarding.platform.testing.ServiceHealthTest;
import uk.awarding.platform.testing.TestTokens;

/**
 * The packaged service (the jar here, the native executable with {@code -Dnative}) against a real MariaDB with real
 * tokens: ready with its database, and serving the qualifications it loaded from its class path at start.
 */
@QuarkusIntegrationTest
class CatalogueServiceIT extends ServiceHealthTest {

    CatalogueServiceIT() {
        super("catalogue-service");
    }

    @Test
    void servesEveryQualificationOfItsDataFiles() throws IOException {
        List<String> ids = dataFileIds();
        for (String id : ids) {
            given().auth().oauth2(TestTokens.candidate("9276308686")).get("/api/qualifications/" + id)
                    .then().statusCode(200).body("id", equalTo(id));
        }
    }

    static List<String> dataFileIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "catalogue", "qualifications"))) {
            List<String> ids = files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> readId(json, f)).toList();
            if (ids.isEmpty()) {
                throw new IllegalStateException("no qualification data files");
            }
            return ids;
        }
    }

    private static String readId(ObjectMapper json, Path file) {
        try {
            return json.readTree(file.toFile()).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
