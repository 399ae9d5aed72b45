package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Renders the overlays with `kubectl kustomize`, as ops will, and reads what comes out. */
final class Overlays {

    /** Every overlay ops may apply; each must render and pass every check. */
    static final List<String> ALL = List.of("dev", "prod", "prod-ingress-nginx");

    /** The overlays whose edge is ingress-nginx; the others' is the Gateway API. */
    static final List<String> INGRESS_NGINX = List.of("dev", "prod-ingress-nginx");

    static final Path K8S_DIR = Path.of(System.getProperty("k8s.dir", ".")).toAbsolutePath().normalize();
    static final Path REPOSITORY_DIR = K8S_DIR.getParent();
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    static final ObjectMapper JSON = new ObjectMapper();

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();
    private static Path tree;

    private Overlays() {
    }

    /** One rendered overlay: kubectl's YAML, each document as a JSON tree, and as a typed fabric8 object. */
    record Rendered(String overlay, List<JsonNode> documents, List<HasMetadata> objects) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T named(Class<T> type, String name) {
            return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + " has no " + type.getSimpleName() + " " + name));
        }

        /** A release Job by its name without the overlay's release suffix (release/kustomization.yaml). */
        <T extends HasMetadata> T release(Class<T> type, String name) {
            return all(type).stream().filter(o -> o.getMetadata().getName().startsWith(name + "-")
                    && o.getMetadata().getLabels().containsKey("awarding.uk/release"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + " has no release " + type.getSimpleName() + " " + name));
        }

        /** A generated ConfigMap or Secret by the name the manifests use (kustomize appends a content hash). */
        <T extends HasMetadata> T generated(Class<T> type, String name) {
            return all(type).stream().filter(o -> o.getMetadata().getName().matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + " generates no " + type.getSimpleName() + " " + name));
        }
    }

    static Rendered render(String overlay) {
        return CACHE.computeIfAbsent(overlay, Overlays::renderNow);
    }

    static String projectVersion() {
        return System.getProperty("project.version");
    }

    /** The root pom's modules whose name ends in -service: the services the cluster must run. */
    static List<String> serviceModules() {
        String pom = read(REPOSITORY_DIR.resolve("pom.xml"));
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([a-z0-9-]+-service)</module>").matcher(pom);
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertTrue(modules.size() >= 4, "the root pom lists the services");
        return modules;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to completion and returns its exit code and combined output. */
    static Result run(Path workingDirectory, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A guard against a hung tool, not a timing assertion.
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Rendered renderNow(String overlay) {
        String kubectl = System.getProperty("kubectl", "kubectl");
        Result result = run(K8S_DIR,
                List.of(kubectl, "kustomize", renderTree().resolve("overlays").resolve(overlay).toString()));
        assertEquals(0, result.exitCode(), () -> "kubectl kustomize overlays/" + overlay + " failed:\n" + result.output());
        try {
            List<JsonNode> documents = YAML.readValues(new YAMLFactory().createParser(result.output()), JsonNode.class)
                    .readAll().stream().filter(d -> d != null && !d.isNull() && !d.isEmpty()).toList();
            // kustomize wraps a long base64 value of a Secret at 76 characters, which the API server's decoder skips
            // (it ignores line breaks) and the schema's "byte" format does not: read it as the API server does.
            documents.stream().filter(d -> d.path("kind").asText().equals("Secret") && d.path("data").isObject())
                    .forEach(d -> ((com.fasterxml.jackson.databind.node.ObjectNode) d.path("data")).properties()
                            .forEach(e -> e.setValue(JSON.getNodeFactory().textNode(e.getValue().asText().replace("\n", "")))));
            List<HasMetadata> objects = documents.stream()
                    .map(d -> (HasMetadata) SERIALIZATION.unmarshal(d.toString())).toList();
            return new Rendered(overlay, documents, objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of k8s/ to render from: the prod Secrets come from files that are never committed, so where one is
     * missing (CI, a fresh clone) the copy takes its committed *.example.env instead.
     */
    private static synchronized Path renderTree() {
        if (tree != null) {
            return tree;
        }
        try {
            Path copy = K8S_DIR.resolve("target/render-tree");
            deleteRecursively(copy);
            for (String dir : List.of("base", "components", "overlays")) {
                copyRecursively(K8S_DIR.resolve(dir), copy.resolve(dir));
            }
            try (Stream<Path> files = Files.walk(copy.resolve("overlays"))) {
                for (Path example : files.filter(f -> f.getFileName().toString().endsWith(".example.env")).toList()) {
                    Path real = example.resolveSibling(example.getFileName().toString().replace(".example.env", ".env"));
                    if (!Files.exists(real)) {
                        Files.copy(example, real);
                    }
                }
            }
            tree = copy;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The rendered documents as one JSON array, the input of schema-validation/validate.mjs. */
    static Path writeJson(String name, List<JsonNode> documents) {
        try {
            ArrayNode array = JSON.createArrayNode().addAll(documents);
            Path file = K8S_DIR.resolve("target/rendered").resolve(name + ".json");
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), array);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
