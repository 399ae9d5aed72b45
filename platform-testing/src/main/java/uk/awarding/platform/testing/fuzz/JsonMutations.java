package uk.awarding.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile versions of a valid JSON body: each value in the tree replaced by one of the wrong things (wrong type,
 * null, missing, enormous, malformed date, unknown id, invalid ULN ...). Values that a JSON tree cannot hold (1e309,
 * a number of 2,000 digits) are spliced into the written text.
 */
final class JsonMutations {

    record Mutation(String name, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "\u0001raw\u0001";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private JsonMutations() {
    }

    /** Every systematic mutation of every value in the body. */
    static List<Mutation> all(JsonNode base, JsonNode schema, Random random) {
        List<Mutation> mutations = new ArrayList<>();
        for (String pointer : pointers(base, "")) {
            for (Replacement replacement : replacements(pointer, base.at(pointer), random)) {
                mutations.add(apply(base, pointer, replacement));
            }
        }
        // Properties the schema knows but the valid body leaves out get wrong values too.
        if (base.isObject()) {
            schema.path("properties").fieldNames().forEachRemaining(name -> {
                if (!base.has(name)) {
                    for (String raw : List.of("[]", "{}", "\"" + "y".repeat(100_000) + "\"", "-1", "1e309")) {
                        mutations.add(apply(base, "/" + escape(name), new Replacement("raw " + abbreviate(raw), null, raw)));
                    }
                }
            });
        }
        return mutations;
    }

    /** Two or three mutations at once, chosen by the seeded random, with random strings in the mix. */
    static Mutation random(JsonNode base, Random random) {
        List<String> pointers = pointers(base, "");
        if (pointers.isEmpty()) {
            return new Mutation("random string body", JSON.valueToTree(Hostile.randomString(random, 20_000)).toString());
        }
        JsonNode mutated = base.deepCopy();
        List<String> names = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String pointer = pointers.get(random.nextInt(pointers.size()));
            if (mutated.at(pointer).isMissingNode()) {
                continue;
            }
            Replacement replacement;
            if (random.nextBoolean()) {
                replacement = new Replacement("random string", NODES.textNode(Hostile.randomString(random, 20_000)), null);
            } else {
                List<Replacement> choices = replacements(pointer, mutated.at(pointer), random);
                replacement = choices.get(random.nextInt(choices.size()));
            }
            set(mutated, pointer, replacement, raws);
            names.add(pointer + "=" + replacement.name());
        }
        return new Mutation(String.join(", ", names), splice(mutated, raws));
    }

    private record Replacement(String name, JsonNode value, String raw) {
    }

    private static List<Replacement> replacements(String pointer, JsonNode value, Random random) {
        List<Replacement> replacements = new ArrayList<>();
        replacements.add(new Replacement("null", NODES.nullNode(), null));
        if (!pointer.isEmpty() && !pointer.matches(".*/\\d+")) {
            replacements.add(new Replacement("missing", null, null));
        }
        replacements.add(new Replacement("object", NODES.objectNode().put("a", 1), null));
        replacements.add(new Replacement("array", NODES.arrayNode().add("a"), null));
        if (value.isTextual()) {
            String name = pointer.toLowerCase();
            replacements.add(new Replacement("number", NODES.numberNode(12345), null));
            replacements.add(new Replacement("boolean", NODES.booleanNode(true), null));
            for (String text : Hostile.STRINGS) {
                replacements.add(new Replacement("string " + abbreviate(text), NODES.textNode(text), null));
            }
            if (name.contains("uln")) {
                Hostile.ULNS.forEach(uln -> replacements.add(new Replacement("uln " + uln, NODES.textNode(uln), null)));
            }
            if (DATE.matcher(value.asText()).matches()) {
                Hostile.DATES.forEach(date -> replacements.add(new Replacement("date " + date, NODES.textNode(date), null)));
            }
            if (UUID_TEXT.matcher(value.asText()).matches()) {
                replacements.add(new Replacement("unknown uuid", NODES.textNode(Hostile.uuids(random, 1).get(0)), null));
                replacements.add(new Replacement("upper-case uuid", NODES.textNode(value.asText().toUpperCase()), null));
            }
        } else if (value.isNumber()) {
            replacements.add(new Replacement("string", NODES.textNode("abc"), null));
            Hostile.NUMBERS.forEach(raw -> replacements.add(new Replacement("raw " + abbreviate(raw), null, raw)));
        } else if (value.isBoolean()) {
            replacements.add(new Replacement("string yes", NODES.textNode("yes"), null));
            replacements.add(new Replacement("number 1", NODES.numberNode(1), null));
        } else if (value.isArray()) {
            replacements.add(new Replacement("string", NODES.textNode("x"), null));
            replacements.add(new Replacement("empty array", NODES.arrayNode(), null));
            replacements.add(new Replacement("array of null", NODES.arrayNode().addNull(), null));
            ArrayNode many = NODES.arrayNode();
            JsonNode element = value.isEmpty() ? NODES.textNode("x") : value.get(0);
            for (int i = 0; i < 10_000; i++) {
                many.add(element);
            }
            replacements.add(new Replacement("10,000 elements", many, null));
            replacements.add(
                    new Replacement("nested arrays", NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())), null));
        } else if (value.isObject()) {
            replacements.add(new Replacement("string", NODES.textNode("x"), null));
            replacements.add(new Replacement("empty object", NODES.objectNode(), null));
        }
        return replacements;
    }

    private static Mutation apply(JsonNode base, String pointer, Replacement replacement) {
        JsonNode mutated = base.deepCopy();
        List<String> raws = new ArrayList<>();
        set(mutated, pointer, replacement, raws);
        return new Mutation(pointer + "=" + replacement.name(), splice(mutated, raws));
    }

    /** Replaces (or, for a null value, removes) the value at the pointer; raw text waits in a placeholder. */
    private static void set(JsonNode root, String pointer, Replacement replacement, List<String> raws) {
        JsonNode value = replacement.value();
        if (replacement.raw() != null) {
            value = NODES.textNode(RAW + raws.size() + RAW);
            raws.add(replacement.raw());
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value == null ? NODES.nullNode() : value);
        }
    }

    private static String splice(JsonNode mutated, List<String> raws) {
        String text = write(mutated);
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"" + RAW + i + RAW + "\"", raws.get(i));
        }
        return text;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON pointers to every value in the tree (the first element stands for each array), root excluded. */
    private static List<String> pointers(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                String child = at + "/" + escape(name);
                pointers.add(child);
                pointers.addAll(pointers(node.get(name), child));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            pointers.add(at + "/0");
            pointers.addAll(pointers(node.get(0), at + "/0"));
        }
        return pointers;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String abbreviate(String text) {
        String shown = text.length() <= 30 ? text : text.substring(0, 12) + "...(" + text.length() + " chars)";
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** A plausible body from the schema alone, for operations whose test gives no valid example. */
    static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = Operation.resolve(document, schema);
        if (depth > 5) {
            return NODES.nullNode();
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() > 0) {
            return sample(document, resolved.get("allOf").get(0), depth + 1);
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        String type = type(resolved);
        if (type.isEmpty() && resolved.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" : {
                ObjectNode object = NODES.objectNode();
                resolved.path("properties").fields()
                        .forEachRemaining(p -> object.set(p.getKey(), sample(document, p.getValue(), depth + 1)));
                return object;
            }
            case "array" :
                return NODES.arrayNode().add(sample(document, resolved.path("items"), depth + 1));
            case "integer" :
                return NODES.numberNode(1);
            case "number" :
                return NODES.numberNode(1.5);
            case "boolean" :
                return NODES.booleanNode(true);
            case "string" : {
                String format = resolved.path("format").asText();
                return NODES.textNode(switch (format) {
                    case "date" -> "2000-01-01";
                    case "date-time" -> "2000-01-01T00:00:00Z";
                    case "uuid" -> new UUID(0, 1).toString();
                    default -> "fuzz";
                });
            }
            default :
                return NODES.textNode("fuzz");
        }
    }

    /** OpenAPI 3.1 writes {@code "type": ["string", "null"]}; 3.0 writes {@code "type": "string"}. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("");
    }
}
