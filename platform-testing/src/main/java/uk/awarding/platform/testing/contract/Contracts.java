package uk.awarding.platform.testing.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The documented responses of one service that other services rely on, as JSON fixtures under
 * {@code contracts/<provider>/<name>.json}. A consumer's test serves a fixture from a stub of the provider;
 * the provider's own test proves its real response still satisfies the same fixture. So a stub can never
 * drift from what the real service answers.
 * <p>
 * "Satisfies" means: every field of the fixture is present in the actual document with an equal value
 * (recursively); arrays have the same length and match element by element; fields the fixture leaves out
 * are free. A provider may add fields, never rename, drop or retype one a consumer relies on. A string
 * placeholder such as {@code "<registrationId>"} stands for a value the provider generates: it matches any
 * non-null scalar, and a consumer's stub fills it in with {@link #fixture(String, String, Map)}.
 */
public final class Contracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Contracts() {
    }

    /** The fixture's JSON text, e.g. {@code fixture("catalogue-service", "test-specification-2794-210")}. */
    public static String fixture(String provider, String name) {
        String path = "contracts/" + provider + "/" + name + ".json";
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with each {@code "<key>"} placeholder replaced by the given value (a JSON string). */
    public static String fixture(String provider, String name, Map<String, String> values) {
        String text = fixture(provider, name);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("<" + value.getKey() + ">", value.getValue());
        }
        return text;
    }

    /** Fails with the JSON path of the first difference when {@code actualJson} does not satisfy the fixture. */
    public static void assertSatisfies(String provider, String name, String actualJson) {
        try {
            String mismatch = mismatch("$", MAPPER.readTree(fixture(provider, name)), MAPPER.readTree(actualJson));
            if (mismatch != null) {
                throw new AssertionError("Contract " + provider + "/" + name + " broken at " + mismatch
                        + "\nactual: " + actualJson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mismatch(String path, JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return path + " (missing)";
        }
        if (expected.isTextual() && expected.textValue().matches("<[A-Za-z]+>")) {
            return actual.isValueNode() && !actual.isNull() ? null : path + " (expected a value for " + expected + ")";
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return path + " (expected an object)";
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String found = mismatch(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return path + " (expected an array of " + expected.size() + ")";
            }
            for (int i = 0; i < expected.size(); i++) {
                String found = mismatch(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
                    : path + " (expected " + expected + ", was " + actual + ")";
        }
        return expected.equals(actual) ? null : path + " (expected " + expected + ", was " + actual + ")";
    }
}
