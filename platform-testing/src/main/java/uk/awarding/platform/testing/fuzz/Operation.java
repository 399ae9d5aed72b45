package uk.awarding.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** One operation of the service's OpenAPI document: what the fuzzer needs to address it and shape its input. */
record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
        List<String> produces) {

    record Parameter(String name, String in, JsonNode schema) {
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** "POST /api/registrations", as tests name operations. */
    String key() {
        return method + " " + path;
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    /** What a well-behaved client asks for: JSON where the operation offers it, else what it offers, else anything. */
    String accept() {
        if (produces.contains("application/json")) {
            return "application/json";
        }
        return produces.isEmpty() ? "*/*" : produces.get(0);
    }

    boolean answersOnlyHtml() {
        return !produces.isEmpty() && produces.stream().allMatch(type -> type.startsWith("text/html"));
    }

    static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(of(document, method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private static Operation of(JsonNode document, String method, String path, JsonNode pathItem, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : source) {
                JsonNode resolved = resolve(document, parameter);
                parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        resolve(document, resolved.path("schema"))));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        operation.path("requestBody").path("content").fields()
                .forEachRemaining(
                        content -> bodies.put(content.getKey(), resolve(document, content.getValue().path("schema"))));
        List<String> produces = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(produces::add);
            }
        });
        return new Operation(method, path, List.copyOf(parameters), bodies, List.copyOf(produces));
    }

    /** Follows "$ref": "#/components/schemas/X" (and chains of them). */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? document.at(ref.substring(1)) : MissingNode.getInstance();
        }
        return current;
    }
}
