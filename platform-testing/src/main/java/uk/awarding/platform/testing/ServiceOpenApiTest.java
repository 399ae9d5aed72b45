package uk.awarding.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Whether a service's OpenAPI document is enough to integrate from, for every operation in it: a summary of at least
 * three words that says what the operation does; a documented success (a 2xx with a description of its own and a
 * schema, which a 204 does not need; an operation that only redirects documents its 3xx); a realistic example of
 * every request body, with every required property and none of the filler a generator makes up ("string", a regular
 * expression turned into text); every 4xx and 5xx answered as {@code application/problem+json}; and no schema that is
 * a Java class's insides ({@code JsonNode}, {@code TemplateInstance}). Every failure of every operation is reported
 * at once. A service's test names nothing but the exceptions it has a reason for:
 *
 * <pre>
 * &#64;QuarkusTest
 * class OpenApiTest extends ServiceOpenApiTest {
 * }
 * </pre>
 */
public abstract class ServiceOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    /** The descriptions SmallRye and Swagger fill in when the code says nothing. */
    private static final Set<String> GENERIC_DESCRIPTIONS = Set.of("", "ok", "created", "accepted", "no content",
            "success", "successful operation", "default response", "found", "see other");
    /** Values generators put where nobody wrote an example. */
    private static final Set<String> FILLER = Set.of("string", "example", "value", "text", "foo", "bar", "baz", "test",
            "abc", "xyz", "lorem ipsum", "null", "undefined", "changeme", "todo");
    /** Regular-expression syntax that ends up in generated examples ("L .M-{L ..M}.L-M}}"). */
    private static final Pattern PATTERN_TEXT = Pattern.compile("\\\\[pPdDwWsS]|\\{L|\\[\\^|\\(\\?|\\.\\*|\\.\\+");
    /** Schemas SmallRye derives from Java types no client should see. */
    private static final Set<String> JAVA_INSIDES = Set.of("JsonNode", "TemplateInstance", "Response", "InputStream",
            "Object", "File", "Uni", "Multi");

    private JsonNode document;
    private final Map<String, List<String>> failures = new LinkedHashMap<>();

    /**
     * Operations ("POST /api/things") left out of the checks, each with the reason; the test fails if one of them no
     * longer exists.
     */
    protected Map<String, String> exemptions() {
        return Map.of();
    }

    @Test
    void everyOperationIsDocumentedWellEnoughToIntegrateFrom() {
        String text = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        document = read(text);
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                String key = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                seen.add(key);
                if (!exemptions().containsKey(key)) {
                    check(key, operation);
                }
            }
        }
        exemptions().keySet().stream().filter(key -> !seen.contains(key))
                .forEach(key -> fail(key, "is exempted but no longer exists"));
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder(failures.size() + " operations are not documented well enough:");
            failures.forEach(
                    (key, problems) -> problems.forEach(p -> message.append("\n- ").append(key).append(": ").append(p)));
            throw new AssertionError(message.toString());
        }
    }

    private void check(String key, JsonNode operation) {
        String summary = operation.path("summary").asText("").strip();
        if (words(summary) < 3) {
            fail(key, "summary '" + summary + "' says too little: write what the operation does in at least three words");
        }
        checkSuccess(key, operation.path("responses"));
        checkErrors(key, operation.path("responses"));
        JsonNode body = operation.path("requestBody");
        if (!body.isMissingNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> types = body.path("content").fields(); types.hasNext();) {
                Map.Entry<String, JsonNode> type = types.next();
                checkRequestExample(key, type.getKey(), type.getValue());
                checkSchema(key, "request body " + type.getKey(), type.getValue().path("schema"), new HashSet<>());
            }
        }
    }

    private void checkSuccess(String key, JsonNode responses) {
        boolean any2xx = false;
        boolean any3xx = false;
        for (Iterator<Map.Entry<String, JsonNode>> codes = responses.fields(); codes.hasNext();) {
            Map.Entry<String, JsonNode> code = codes.next();
            char kind = code.getKey().charAt(0);
            if (kind != '2' && kind != '3') {
                continue;
            }
            any2xx |= kind == '2';
            any3xx |= kind == '3';
            JsonNode response = code.getValue();
            String description = response.path("description").asText("").strip();
            if (GENERIC_DESCRIPTIONS.contains(description.toLowerCase(Locale.ROOT))) {
                fail(key, code.getKey() + " response has no description of its own ('" + description + "')");
            }
            if (kind == '2' && !code.getKey().equals("204")) {
                JsonNode content = response.path("content");
                if (!content.isObject() || content.isEmpty()) {
                    fail(key, code.getKey() + " response documents no content");
                }
                for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext();) {
                    Map.Entry<String, JsonNode> type = types.next();
                    JsonNode schema = type.getValue().path("schema");
                    if (!isSchema(schema)) {
                        fail(key, code.getKey() + " " + type.getKey() + " response has no schema");
                    } else {
                        checkSchema(key, code.getKey() + " response", schema, new HashSet<>());
                    }
                }
            }
        }
        if (!any2xx && !any3xx) {
            fail(key, "documents no success response (2xx, or the 3xx of an operation that only redirects)");
        }
    }

    private void checkErrors(String key, JsonNode responses) {
        for (Iterator<Map.Entry<String, JsonNode>> codes = responses.fields(); codes.hasNext();) {
            Map.Entry<String, JsonNode> code = codes.next();
            char kind = code.getKey().charAt(0);
            if ((kind == '4' || kind == '5') && !code.getValue().path("content").has("application/problem+json")) {
                fail(key, code.getKey() + " response is not documented as application/problem+json");
            }
        }
    }

    private void checkRequestExample(String key, String mediaType, JsonNode media) {
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        media.path("examples").forEach(example -> examples.add(example.has("value") ? example.get("value") : example));
        JsonNode schema = resolve(media.path("schema"));
        if (examples.isEmpty()) {
            if (schema.has("example")) {
                examples.add(schema.get("example"));
            }
            schema.path("examples").forEach(examples::add);
        }
        if (examples.isEmpty()) {
            fail(key, "request body " + mediaType + " has no example");
        }
        for (JsonNode example : examples) {
            JsonNode value = example;
            if (example.isTextual() && mediaType.contains("json")) {
                value = readOrNull(example.asText());
                if (value == null) {
                    fail(key, "request body " + mediaType + " example is not JSON: " + example.asText());
                    continue;
                }
            }
            checkFiller(key, "request body " + mediaType + " example", value);
            checkRequired(key, "request body " + mediaType + " example", value, schema);
        }
    }

    private void checkFiller(String key, String where, JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText().strip();
            if (FILLER.contains(text.toLowerCase(Locale.ROOT)) || PATTERN_TEXT.matcher(text).find()) {
                fail(key, where + " holds filler, not a realistic value: '" + text + "'");
            }
        }
        value.elements().forEachRemaining(element -> checkFiller(key, where, element));
    }

    private void checkRequired(String key, String where, JsonNode value, JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (value.isArray()) {
            value.forEach(element -> checkRequired(key, where, element, resolved.path("items")));
        } else if (value.isObject()) {
            resolved.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    fail(key, where + " lacks the required property '" + name.asText() + "'");
                }
            });
        }
    }

    /** Walks the schema and the schemas it refers to, failing on a Java type's insides. */
    private void checkSchema(String key, String where, JsonNode schema, Set<String> visited) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (JAVA_INSIDES.contains(name)) {
                fail(key, where + " refers to the schema of the Java type " + name + ", which tells a client nothing");
            }
            if (visited.add(ref)) {
                checkSchema(key, where, resolve(schema), visited);
            }
            return;
        }
        schema.path("properties").forEach(property -> checkSchema(key, where, property, visited));
        checkSchema(key, where, schema.path("items"), visited);
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combiner).forEach(part -> checkSchema(key, where, part, visited));
        }
    }

    private static boolean isSchema(JsonNode schema) {
        return schema.isObject() && (schema.has("$ref") || schema.has("type") || schema.has("properties")
                || schema.has("items") || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf"));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? document.at(ref.substring(1)) : MissingNode.getInstance();
        }
        return current;
    }

    private static int words(String text) {
        int count = 0;
        for (String word : text.split("\\s+")) {
            if (word.chars().anyMatch(Character::isLetter)) {
                count++;
            }
        }
        return count;
    }

    private void fail(String key, String problem) {
        failures.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
    }

    private static JsonNode read(String json) {
        JsonNode node = readOrNull(json);
        if (node == null) {
            throw new AssertionError("The OpenAPI document is not JSON");
        }
        return node;
    }

    private static JsonNode readOrNull(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
