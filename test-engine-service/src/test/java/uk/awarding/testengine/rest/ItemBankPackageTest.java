package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.service.QtiContentPackage;

@QuarkusTest
class ItemBankPackageTest {

    private static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(700);

    @Inject
    QtiContentPackage contentPackage;
    @Inject
    DataSource dataSource;

    @Test
    void aUnitsBankExportsAsAContentPackageThatReimportsWithoutChange() throws IOException {
        byte[] zip = given().auth().oauth2(TestTokens.staff()).get("/api/item-banks/2794-210/package").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        List<String> names = entries(zip);
        long items = Candidates.count(dataSource, "select count(distinct item_code) from item where unit = '2794-210'");
        assertTrue(names.contains("imsmanifest.xml"), names.toString());
        assertEquals(items + 1, names.size());

        importPackage(zip).then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo((int) items));
    }

    @Test
    void importedItemsAreNewDraftsAndChangedContentANewDraftVersion() {
        String code = newCode();
        importPackage(pack(item(code, "What does a customer charter publish to its customers?"))).then().statusCode(200)
                .body("created", equalTo(1)).body("items[0].itemCode", equalTo(code))
                .body("items[0].version", equalTo(1)).body("items[0].status", equalTo("DRAFT"));

        JsonPath revised = importPackage(pack(item(code, "What does a customer charter publish for its customers?")))
                .then().statusCode(200).extract().jsonPath();

        assertEquals(2, revised.getInt("items[0].version"));
        assertEquals("DRAFT", revised.getString("items[0].status"));
        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions/2", code).then().statusCode(200)
                .body("changeNote", equalTo("Clearer stem.")).body("createdBy", equalTo("staff"))
                .body("enemies", equalTo(List.of("210-2-001")));
    }

    @Test
    void theImportListsItsDraftsAndABulkApprovalOfExactlyThoseMakesThemLive() {
        String first = newCode();
        String second = newCode();
        JsonPath imported = importPackage(contentPackage.zip(contentPackage.files("2794-210", "Bank",
                List.of(item(first, "What does a customer charter publish to its customers?"),
                        item(second, "What does a service charter publish to its customers?")))))
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> awaiting = imported.getList("awaitingReview");
        assertEquals(List.of(Map.of("itemCode", first, "version", 1), Map.of("itemCode", second, "version", 1)), awaiting);

        approve(awaiting).then().statusCode(200).body("status", everyItem(equalTo("LIVE")))
                .body("reviewedBy", everyItem(equalTo("staff"))).body("reviewNote", everyItem(equalTo("Reviewed.")));

        approve(awaiting).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:item-not-awaiting-review"))
                .body("errors.field", equalTo(List.of("items[0]", "items[1]")))
                .body("errors[0].message", containsString("already approved by staff"));
        approve(List.of(Map.of("itemCode", first, "version", 7))).then().statusCode(409)
                .body("errors[0].message", equalTo(first + " v7: no such item version"));
        importPackage(contentPackage.zip(contentPackage.files("2794-210", "Bank",
                List.of(item(first, "What does a customer charter publish to its customers?")))))
                .then().statusCode(200).body("unchanged", equalTo(1)).body("awaitingReview", hasSize(0));
    }

    @Test
    void aPackageWithAnyProblemImportsNothingAndNamesEveryProblem() {
        String good = newCode();
        String bad = newCode();
        SortedMap<String, byte[]> files = contentPackage.files("2794-210", "Bank",
                List.of(item(good, "What does a customer charter publish to its customers?"),
                        item(bad, "What does a service charter publish to its customers?")));
        files.put("item-" + bad + ".xml", new String(files.get("item-" + bad + ".xml"), StandardCharsets.UTF_8)
                .replace("max-choices=\"1\"", "max-choices=\"2\"").getBytes(StandardCharsets.UTF_8));
        files.put("media/chart.png", new byte[] { 1 });

        importPackage(contentPackage.zip(files)).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unsupported-qti")).body("errors", hasSize(2))
                .body("errors.field", equalTo(List.of("item-" + bad + ".xml", "media/chart.png")))
                .body("errors[0].message", startsWith("a multiple-response interaction"));

        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}", good).then().statusCode(404);
    }

    @Test
    void refusesUnsafeZipsAndStrangers() {
        given().auth().oauth2(TestTokens.staff()).contentType("application/zip").body("not a zip".getBytes())
                .post("/api/item-banks/package").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:invalid-package"));
        given().auth().oauth2(TestTokens.candidate("9276308686")).get("/api/item-banks/2794-210/package").then()
                .statusCode(403).contentType(PROBLEM);
        given().contentType("application/zip").body(new byte[] { 1 }).post("/api/item-banks/package").then().statusCode(401);
        // Only awarding staff import and approve: every other role is refused before anything is read.
        for (String stranger : List.of(TestTokens.candidate("9276308686"), TestTokens.centre("CEN001"),
                TestTokens.service("registration-service"))) {
            given().auth().oauth2(stranger).contentType("application/zip").body(new byte[] { 1 })
                    .post("/api/item-banks/package").then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(stranger).contentType(ContentType.JSON)
                    .body(Map.of("items", List.of(Map.of("itemCode", "210-1-001", "version", 1)), "note", "Reviewed."))
                    .post("/api/item-banks/2794-210/review").then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(stranger).contentType(ContentType.JSON)
                    .body(Map.of("decision", "APPROVE", "note", "Reviewed."))
                    .post("/api/items/210-1-001/versions/1/review").then().statusCode(403).contentType(PROBLEM);
        }
        given().auth().oauth2(TestTokens.staff()).get("/api/item-banks/9999-999/package").then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:item-bank-not-found"));
        given().auth().oauth2(TestTokens.staff()).get("/api/item-banks/not-a-unit/package").then().statusCode(400)
                .body("errors.field", hasItem("unit"));
    }

    private static io.restassured.response.Response approve(List<Map<String, Object>> versions) {
        return given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("items", versions, "note", "Reviewed.")).post("/api/item-banks/2794-210/review");
    }

    private byte[] pack(Item item) {
        return contentPackage.zip(contentPackage.files("2794-210", "Bank", List.of(item)));
    }

    private static Item item(String code, String stem) {
        return new Item(code, 1, ItemStatus.LIVE, new ItemContent("2794-210", "LO2", "AC2.1", stem,
                List.of("The standards of service customers can expect", "The prices of every product it sells",
                        "The pay scales of its customer service staff", "The names of its main suppliers"),
                "A", "A charter sets out the service standards customers can expect; it is not a price list.",
                List.of("210-2-001")), Instant.now(), "writer", "Clearer stem.");
    }

    private static String newCode() {
        return "210-2-" + NEXT_CODE.getAndIncrement();
    }

    private static io.restassured.response.Response importPackage(byte[] zip) {
        return given().auth().oauth2(TestTokens.staff()).contentType("application/zip").body(zip)
                .post("/api/item-banks/package");
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
