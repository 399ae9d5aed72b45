package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;

/**
 * Every rendered object is valid against the Kubernetes (and Gateway API) schemas, offline, in two ways that
 * complement each other: the JSON schemas of kubernetes-models (types, required fields, enums) and a strict
 * reading into the typed fabric8 model (no field the API does not know, which those schemas let through).
 */
class SchemaTest {

    static final List<String> OVERLAYS = Overlays.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectValidatesAgainstTheKubernetesSchemas(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        Overlays.Result result = validate(overlay, rendered.documents());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("validated " + rendered.documents().size() + " objects, 0 invalid"),
                result.output());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectIsATypedKubernetesObjectWithoutUnknownFields(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : rendered.objects()) {
            String name = object.getKind() + "/" + object.getMetadata().getName();
            if (object instanceof GenericKubernetesResource) {
                problems.add(name + ": no typed model for " + object.getApiVersion());
            }
            unknownFields(object, name, problems);
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyNamespacedObjectLandsInTheOverlaysNamespace(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        List<Namespace> namespaces = rendered.all(Namespace.class);
        assertEquals(1, namespaces.size(), "one Namespace per overlay");
        String namespace = namespaces.get(0).getMetadata().getName();
        List<String> elsewhere = rendered.objects().stream().filter(o -> !(o instanceof Namespace))
                .filter(o -> !namespace.equals(o.getMetadata().getNamespace()))
                .map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        assertEquals(List.of(), elsewhere);
    }

    /** The schema check can fail: a wrongly typed and a missing required field are both reported. */
    @Test
    void schemaValidationRejectsAnInvalidObject() {
        JsonNode deployment = Overlays.render("prod").documents().stream()
                .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow().deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replicas", "two");
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0)).remove("name");
        Overlays.Result result = validate("invalid", List.of(deployment));
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("replicas must be integer"), result.output());
    }

    /** The strict reading can fail: a misspelt field is reported with its path. */
    @Test
    void strictReadingReportsAMisspeltField() {
        JsonNode deployment = Overlays.render("prod").documents().stream()
                .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow().deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0))
                .putObject("readinesProbe");
        List<String> problems = new ArrayList<>();
        unknownFields((HasMetadata) Overlays.SERIALIZATION.unmarshal(deployment.toString()), "d", problems);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("readinesProbe"), problems::toString);
    }

    private static Overlays.Result validate(String name, List<JsonNode> documents) {
        Path json = Overlays.writeJson(name, documents);
        Path validator = Overlays.K8S_DIR.resolve("schema-validation");
        return Overlays.run(validator, List.of("node", validator.resolve("validate.mjs").toString(), json.toString()));
    }

    /** Walks a fabric8 model object; any field the model does not know lands in an additionalProperties map. */
    static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass().isInterface() || getter.getDeclaringClass() == Object.class
                    || !getter.getName().startsWith("get")) {
                continue;
            }
            Object child = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else {
                unknownFields(child, path + "." + decapitalise(getter.getName().substring(3)), problems);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot read " + getter, e);
        }
    }

    private static String decapitalise(String name) {
        assertFalse(name.isEmpty());
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
