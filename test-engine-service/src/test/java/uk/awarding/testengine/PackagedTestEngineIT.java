package uk.awarding.testengine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import uk.awarding.platform.testing.ServiceHealthTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.service.QtiContentPackage;
import uk.awarding.testengine.service.QtiItems;

/**
 * The packaged service (the jar here, the native executable with {@code -Dnative}) against a real MariaDB with real
 * tokens: ready with its database; it ships no item bank, so staff import the demo bank's QTI content package, as
 * ./run.sh does, and export it again.
 */
@QuarkusIntegrationTest
class PackagedTestEngineIT extends ServiceHealthTest {

    PackagedTestEngineIT() {
        super("test-engine-service");
    }

    @Test
    void importsAndExportsAnItemBankAsAQtiContentPackage() {
        QtiContentPackage contentPackage = new QtiContentPackage(new QtiItems());
        SortedMap<String, byte[]> files = DemoItemBank.files();
        int items = (int) files.keySet().stream().filter(name -> name.startsWith("item-")).count();
        assertTrue(items > 25, "the demo bank: " + files.keySet());

        given().auth().oauth2(TestTokens.staff()).contentType("application/zip").body(contentPackage.zip(files))
                .post("/api/item-banks/package").then().statusCode(200)
                .body("created", equalTo(items)).body("awaitingReview.size()", equalTo(items));

        byte[] exported = given().auth().oauth2(TestTokens.staff()).get("/api/item-banks/2794-210/package").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        SortedMap<String, byte[]> entries = contentPackage.unzip(exported);
        assertTrue(entries.containsKey("imsmanifest.xml"), entries.keySet().toString());
        assertTrue(entries.keySet().containsAll(files.keySet().stream().filter(name -> name.startsWith("item-")).toList()),
                entries.keySet().toString());
    }
}
