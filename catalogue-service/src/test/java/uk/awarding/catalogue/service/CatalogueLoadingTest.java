package uk.awarding.catalogue.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.awarding.catalogue.service.data.DataFile;
import uk.awarding.platform.testing.TestTokens;

/**
 * All five qualifications are loaded faithfully. Expected figures are counted from the seed specifications in
 * ../shared/seeds (seed-notes.md tables; C&G and NCFE learning outcomes and criteria counted per unit page), not
 * from the data files.
 */
@QuarkusTest
class CatalogueLoadingTest {

    private static final String STAFF = TestTokens.staff();

    @Inject
    CatalogueLoader loader;

    private static String idFor(String search) {
        return given().auth().oauth2(STAFF).queryParam("q", search).when().get("/api/qualifications")
                .then().statusCode(200).extract().path("items[0].id");
    }

    private static JsonPath qualification(String id) {
        return given().auth().oauth2(STAFF).when().get("/api/qualifications/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> unitIds(String qualificationId) {
        return qualification(qualificationId).getList("rulesOfCombination.groups.units.unitId.flatten()");
    }

    @Test
    void loadsEveryUnitOfEveryQualification() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("SFJ", 23); // 4 mandatory + 19 optional
        expected.put("601/3577/3", 45); // ProQual: A 6, B 22, C 17
        expected.put("603/5681/9", 6); // NCFE
        expected.put("603/2394/2", 13); // C&G 2794-201..213
        expected.put("EDI", 49); // F1-F2, A1-A16, B1-B11, C1-C7, D1-D13
        expected.forEach((search, units) -> assertEquals(units, unitIds(idFor(search)).size(), search));
    }

    @Test
    void onlyTheConsultationDraftIsADraft() {
        // SFJ's seed is a consultation draft; EDI's support pack presents an accredited qualification, though its
        // OCR holds no qualification number.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("SFJ", "DRAFT");
        expected.put("EDI", "OPEN");
        expected.put("601/3577/3", "OPEN");
        expected.put("603/5681/9", "OPEN");
        expected.put("603/2394/2", "OPEN");
        expected.forEach((search, status) -> assertEquals(status, qualification(idFor(search)).get("status"), search));
    }

    @Test
    void aSharedUnitShowsTheTextItsSourcePrintsInFull() {
        // ProQual's OCR lost F/506/2159's learning-outcome titles (reconstructed there, in brackets); SFJ prints them.
        JsonPath unit = given().auth().oauth2(STAFF).when().get("/api/units/F/506/2159").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Understand the delivery of customer service to challenging customers",
                "Be able to deal with challenging customers"), unit.getList("learningOutcomes.title"));
    }

    @Test
    void loadsGroupsAsTheSeedsState() {
        assertEquals(List.of(6, 7),
                qualification("cg-2794-02").getList("rulesOfCombination.groups.collect { it.units.size() }"));
        assertEquals(List.of(2, 16, 11, 7, 13),
                qualification(idFor("EDI")).getList("rulesOfCombination.groups.collect { it.units.size() }"));
        assertEquals(List.of(6, 22, 17),
                qualification(idFor("601/3577/3")).getList("rulesOfCombination.groups.collect { it.units.size() }"));
        assertEquals(List.of(4, 19),
                qualification(idFor("SFJ")).getList("rulesOfCombination.groups.collect { it.units.size() }"));
    }

    @Test
    void loadsCityAndGuildsLearningOutcomesAndCriteria() {
        Map<String, int[]> expected = new LinkedHashMap<>(); // unit -> {learning outcomes, assessment criteria}
        expected.put("2794-201", new int[] { 4, 20 });
        expected.put("2794-202", new int[] { 5, 15 });
        expected.put("2794-203", new int[] { 5, 19 });
        expected.put("2794-204", new int[] { 5, 21 });
        expected.put("2794-205", new int[] { 5, 29 });
        expected.put("2794-206", new int[] { 4, 19 });
        expected.put("2794-207", new int[] { 4, 25 });
        expected.put("2794-208", new int[] { 4, 20 }); // LO2 has criteria but no heading
        expected.put("2794-209", new int[] { 3, 22 });
        expected.put("2794-210", new int[] { 4, 23 });
        expected.put("2794-211", new int[] { 4, 29 });
        expected.put("2794-212", new int[] { 4, 15 });
        expected.put("2794-213", new int[] { 3, 13 });
        assertEquals(describe(expected), describe(counts(expected.keySet())));
    }

    @Test
    void loadsNcfeLearningOutcomesAndCriteria() {
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("F/618/0495", new int[] { 2, 10 });
        expected.put("J/618/0496", new int[] { 3, 14 });
        expected.put("L/618/0497", new int[] { 2, 15 });
        expected.put("R/618/0498", new int[] { 2, 18 });
        expected.put("Y/618/0499", new int[] { 2, 8 });
        expected.put("F/618/0500", new int[] { 2, 12 });
        assertEquals(describe(expected), describe(counts(expected.keySet())));
    }

    @Test
    void loadingAgainChangesNothing() {
        List<DataFile> files = loader.readDataFiles();
        Map<String, Object> versions = versions();
        loader.load(files);
        loader.load(files);
        assertEquals(versions, versions());
    }

    @Test
    void aChangedFileIsLoadedAgain() {
        List<DataFile> files = loader.readDataFiles();
        String ncfe = idFor("603/5681/9");
        String title = qualification(ncfe).getString("title");
        List<DataFile> changed = new ArrayList<>();
        for (DataFile file : files) {
            String json = new String(bytesOf(file), StandardCharsets.UTF_8);
            changed.add(file.content().id().equals(ncfe)
                    ? DataFile.parse(file.name(), json.replace(title, title + " (changed)").getBytes(StandardCharsets.UTF_8))
                    : file);
        }
        try {
            loader.load(changed);
            assertEquals(title + " (changed)", qualification(ncfe).getString("title"));
        } finally {
            loader.load(files);
        }
        assertEquals(title, qualification(ncfe).getString("title"));
    }

    private static byte[] bytesOf(DataFile file) {
        try (var in = CatalogueLoadingTest.class.getClassLoader()
                .getResourceAsStream("catalogue/qualifications/" + file.name())) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Object> versions() {
        Map<String, Object> versions = new LinkedHashMap<>();
        for (String id : given().auth().oauth2(STAFF).when().get("/api/qualifications").then()
                .extract().jsonPath().<String>getList("items.id")) {
            versions.put(id, qualification(id).get("version"));
        }
        return versions;
    }

    private static Map<String, int[]> counts(Iterable<String> unitIds) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String unitId : unitIds) {
            JsonPath unit = given().auth().oauth2(STAFF).when().get("/api/units/" + unitId).then().statusCode(200)
                    .extract().jsonPath();
            counts.put(unitId, new int[] { unit.getList("learningOutcomes").size(),
                    unit.getList("learningOutcomes.assessmentCriteria.flatten()").size() });
        }
        return counts;
    }

    private static String describe(Map<String, int[]> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((unit, c) -> text.append(unit).append(": ").append(c[0]).append(" LOs, ").append(c[1])
                .append(" ACs\n"));
        return text.toString();
    }
}
