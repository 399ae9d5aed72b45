package uk.awarding.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Quarkus registered for a service's native image, read from the native-sources build of the root pom
 * ({@code target/native-sources/*-runner.jar}, {@code META-INF/native-image/reflect-config.json} and
 * {@code resource-config.json}, {@code jni-config.json}): the same metadata GraalVM or Mandrel compiles the executable from. A type that
 * Jackson serialises outside JAX-RS (a Response entity, a direct {@code ObjectMapper} call) or a resource read from
 * the class path is only in the executable if it is registered here.
 */
public final class NativeImageConfig {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLICATION_PACKAGE = "uk.awarding.";

    private final Map<String, JsonNode> reflection = new HashMap<>();
    private final Set<String> jni = new HashSet<>();
    private final List<Pattern> resourceIncludes = new ArrayList<>();
    private final List<Pattern> resourceExcludes = new ArrayList<>();

    private NativeImageConfig(JsonNode reflectConfig, JsonNode resourceConfig, JsonNode jniConfig) {
        jniConfig.forEach(entry -> jni.add(entry.get("name").asText()));
        reflectConfig.forEach(entry -> reflection.merge(entry.get("name").asText(), entry, NativeImageConfig::merge));
        resourceConfig.path("resources").path("includes")
                .forEach(include -> resourceIncludes.add(Pattern.compile(include.get("pattern").asText())));
        resourceConfig.path("resources").path("excludes")
                .forEach(exclude -> resourceExcludes.add(Pattern.compile(exclude.get("pattern").asText())));
    }

    /** The metadata of the module under test (run from its directory, after the native-sources build). */
    public static NativeImageConfig ofThisModule() {
        Path dir = Path.of("target", "native-sources");
        try (Stream<Path> files = Files.list(dir)) {
            Path runner = files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runner jar in " + dir.toAbsolutePath()));
            try (ZipFile jar = new ZipFile(runner.toFile())) {
                return new NativeImageConfig(read(jar, "reflect-config.json"), read(jar, "resource-config.json"),
                        read(jar, "jni-config.json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Run after the native-sources build (package): " + dir.toAbsolutePath(), e);
        }
    }

    private static JsonNode read(ZipFile jar, String name) throws IOException {
        var entry = jar.getEntry("META-INF/native-image/" + name);
        if (entry == null) {
            throw new IllegalStateException(jar.getName() + " has no META-INF/native-image/" + name);
        }
        try (var in = jar.getInputStream(entry)) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode merge(JsonNode a, JsonNode b) {
        ObjectNode merged = a.deepCopy();
        b.fields().forEachRemaining(field -> {
            if (!merged.path(field.getKey()).asBoolean(false)) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /** Whether native code may reach this class through JNI in the executable (AWT's native libraries do). */
    public boolean jniRegistered(String className) {
        return jni.contains(className);
    }

    /** Whether the executable holds this class-path resource (e.g. {@code catalogue/qualifications/x.json}). */
    public boolean includesResource(String name) {
        return resourceIncludes.stream().anyMatch(p -> p.matcher(name).matches())
                && resourceExcludes.stream().noneMatch(p -> p.matcher(name).matches());
    }

    /**
     * The application types Jackson reaches from {@code roots} that are not registered with their constructors,
     * methods and fields: each root and its nested types, and (recursively) the application types of their record
     * components and fields, type arguments included. Empty when Jackson can read and write them all in the executable.
     */
    public List<String> unregisteredForJackson(Class<?>... roots) {
        Set<Class<?>> reached = new LinkedHashSet<>();
        for (Class<?> root : roots) {
            reach(root, reached);
            for (Class<?> nested : root.getDeclaredClasses()) {
                reach(nested, reached);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> type : reached) {
            JsonNode entry = reflection.get(type.getName());
            boolean complete = entry != null && (type.isEnum() || entry.path("allDeclaredConstructors").asBoolean()
                    && entry.path("allDeclaredMethods").asBoolean() && entry.path("allDeclaredFields").asBoolean());
            if (!complete) {
                missing.add(type.getName() + (entry == null ? " (not registered)" : " (registered as " + entry + ")"));
            }
        }
        return missing;
    }

    private static void reach(Type type, Set<Class<?>> reached) {
        if (type instanceof ParameterizedType parameterized) {
            reach(parameterized.getRawType(), reached);
            for (Type argument : parameterized.getActualTypeArguments()) {
                reach(argument, reached);
            }
        } else if (type instanceof GenericArrayType array) {
            reach(array.getGenericComponentType(), reached);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                reach(bound, reached);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                reach(c.getComponentType(), reached);
            } else if (c.getName().startsWith(APPLICATION_PACKAGE) && reached.add(c) && !c.isEnum()) {
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        reach(component.getGenericType(), reached);
                    }
                } else {
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            reach(field.getGenericType(), reached);
                        }
                    }
                }
            }
        }
    }
}
