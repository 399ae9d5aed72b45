package uk.awarding.e2e;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * The correct option of every live item of a unit, read the honest way: through the item-bank API that awarding
 * staff use, with a staff token. Keyed by stem, answered by option text, so the option order a sitting shows
 * does not matter.
 */
final class ItemKeys {

    private final Map<String, String> correctTextByStem;

    private ItemKeys(Map<String, String> correctTextByStem) {
        this.correctTextByStem = correctTextByStem;
    }

    static ItemKeys ofUnit(String unit) {
        JsonPath page = given().auth().oauth2(Keycloak.user("staff"))
                .queryParam("unit", unit).queryParam("status", "LIVE").queryParam("size", 200)
                .get("/test-engine/api/items")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> keys = new HashMap<>();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> options = (List<Map<String, String>>) item.get("options");
            String key = (String) item.get("key");
            options.stream().filter(option -> key.equals(option.get("id")))
                    .forEach(option -> keys.put(normalised((String) item.get("stem")), option.get("text")));
        }
        return new ItemKeys(keys);
    }

    /** The text of the correct option of the question with this stem. */
    String correctOptionText(String stem) {
        String text = correctTextByStem.get(normalised(stem));
        if (text == null) {
            throw new AssertionError("No live item of the bank has the stem the sitting showed: " + stem);
        }
        return text;
    }

    /** Equal as a browser shows them: HTML collapses runs of white space. */
    static boolean sameText(String shown, String text) {
        return normalised(shown).equals(normalised(text));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
