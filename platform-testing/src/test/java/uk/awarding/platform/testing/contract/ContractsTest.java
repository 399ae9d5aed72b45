package uk.awarding.platform.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ContractsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String mismatch(String expected, String actual) throws Exception {
        JsonNode e = MAPPER.readTree(expected);
        JsonNode a = MAPPER.readTree(actual);
        return Contracts.mismatch("$", e, a);
    }

    @Test
    void acceptsExtraFieldsAndEqualNumbersWrittenDifferently() throws Exception {
        assertNull(mismatch("{\"a\":1,\"b\":{\"c\":\"x\"}}", "{\"a\":1.0,\"b\":{\"c\":\"x\",\"d\":2},\"e\":true}"));
    }

    @Test
    void reportsTheFirstMissingOrDifferentField() throws Exception {
        assertEquals("$.b.c (missing)", mismatch("{\"b\":{\"c\":\"x\"}}", "{\"b\":{}}"));
        assertEquals("$.a (expected 1, was 2)", mismatch("{\"a\":1}", "{\"a\":2}"));
    }

    @Test
    void comparesArraysByLengthAndPosition() throws Exception {
        assertEquals("$.a (expected an array of 2)", mismatch("{\"a\":[1,2]}", "{\"a\":[1,2,3]}"));
        assertEquals("$.a[1] (expected 2, was 3)", mismatch("{\"a\":[1,2]}", "{\"a\":[1,3]}"));
    }

    @Test
    void placeholderMatchesAnyValueButNotAbsenceOrNull() throws Exception {
        assertNull(mismatch("{\"id\":\"<id>\"}", "{\"id\":\"9f1c\"}"));
        assertEquals("$.id (expected a value for \"<id>\")", mismatch("{\"id\":\"<id>\"}", "{\"id\":null}"));
        assertEquals("$.id (missing)", mismatch("{\"id\":\"<id>\"}", "{}"));
    }

    @Test
    void fillsPlaceholdersForStubs() {
        String filled = Contracts.fixture("registration-service", "registration-cg-2794-02",
                Map.of("registrationId", "r-1", "registeredAt", "2026-01-01T00:00:00Z"));
        assertTrue(filled.contains("\"id\": \"r-1\""));
    }
}
