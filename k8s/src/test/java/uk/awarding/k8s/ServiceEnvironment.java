package uk.awarding.k8s;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from its environment, from its own configuration rather than a list kept by hand: every
 * {@code ${NAME}} or {@code ${NAME:default}} in its application.properties and in platform-commons'
 * META-INF/microprofile-config.properties, on the lines that apply in production (no {@code %dev.} or {@code %test.}
 * profile). A default is no excuse: the cluster states every value it runs with.
 */
final class ServiceEnvironment {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    static final Path COMMONS = Overlays.REPOSITORY_DIR
            .resolve("platform-commons/src/main/resources/META-INF/microprofile-config.properties");

    private ServiceEnvironment() {
    }

    static Set<String> read(String module) {
        Set<String> names = new TreeSet<>();
        names.addAll(references(COMMONS));
        names.addAll(references(Overlays.REPOSITORY_DIR.resolve(module).resolve("src/main/resources/application.properties")));
        return names;
    }

    static Set<String> references(Path properties) {
        Set<String> names = new TreeSet<>();
        for (String line : Overlays.read(properties).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("%dev.") || trimmed.startsWith("%test.")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(trimmed);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
