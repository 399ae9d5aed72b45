package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The realm Keycloak imports in the cluster stays in step with suite/keycloak/awarding-realm.json, the realm the
 * suite runs and is tested against locally: dev imports it as it is, prod a derivation without the demo accounts.
 */
class RealmTest {

    static final Path SUITE_REALM = Overlays.REPOSITORY_DIR.resolve("suite/keycloak/awarding-realm.json");
    static final Path PROD_REALM = Overlays.K8S_DIR.resolve("base/keycloak/awarding-realm.json");
    static final Path DEV_REALM = Overlays.K8S_DIR.resolve("overlays/dev/keycloak/awarding-realm.json");

    /** Clients that exist for local demos and tests only (docs/architecture.md: suite-cli is "local realm only"). */
    static final Set<String> DEMO_CLIENTS = Set.of("suite-cli", "expiry-probe", "centre-api");
    /** The gateway and the services' own ports as the local realm knows them. */
    static final String LOCAL_GATEWAY = "http://localhost:8080";
    static final Pattern LOCAL_SERVICE = Pattern.compile("http://localhost:808[1-4]");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    @Test
    void devImportsTheLocalRealmAsItIs() {
        assertEquals(Overlays.read(SUITE_REALM), Overlays.read(DEV_REALM),
                "cp suite/keycloak/awarding-realm.json k8s/overlays/dev/keycloak/");
    }

    /** On a mismatch the expected realm is written to target/: review it, then copy it over the committed one. */
    @Test
    void prodImportsTheLocalRealmWithoutItsDemoAccounts() throws IOException {
        JsonNode expected = prodRealm(Overlays.JSON.readTree(SUITE_REALM.toFile()));
        Path written = Overlays.K8S_DIR.resolve("target/expected-awarding-realm.json");
        Files.createDirectories(written.getParent());
        Overlays.JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), expected);
        assertEquals(expected, Overlays.JSON.readTree(PROD_REALM.toFile()),
                "k8s/base/keycloak/awarding-realm.json is out of step with the suite's realm; see " + written);
    }

    /** Every placeholder of the prod realm is in Keycloak's environment, so the import fills in every one. */
    @Test
    void keycloakHasEveryPlaceholderOfTheRealm() {
        Set<String> placeholders = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(Overlays.read(PROD_REALM));
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertTrue(placeholders.contains("AWARDING_URL") && placeholders.size() >= 5, placeholders::toString);
        for (String overlay : Overlays.ALL) {
            Overlays.Rendered rendered = Overlays.render(overlay);
            var keycloak = rendered.named(Deployment.class, "keycloak").getSpec().getTemplate().getSpec().getContainers()
                    .get(0);
            Set<String> environment = new TreeSet<>(keycloak.getEnv().stream().map(EnvVar::getName).toList());
            keycloak.getEnvFrom().forEach(from -> {
                if (from.getConfigMapRef() != null) {
                    environment.addAll(rendered.named(ConfigMap.class, from.getConfigMapRef().getName()).getData().keySet());
                }
                if (from.getSecretRef() != null) {
                    environment.addAll(rendered.named(Secret.class, from.getSecretRef().getName()).getData().keySet());
                }
            });
            Set<String> missing = new TreeSet<>(placeholders);
            missing.removeAll(environment);
            assertEquals(Set.of(), missing, overlay);
        }
    }

    /**
     * The derivation: no demo clients and no users but the service accounts of the clients kept; each client
     * secret becomes ${CLIENT_ID_CLIENT_SECRET}; the local gateway address becomes ${AWARDING_URL}, and the
     * services' own local ports, which the cluster does not expose, go.
     */
    static JsonNode prodRealm(JsonNode suiteRealm) {
        ObjectNode realm = suiteRealm.deepCopy();
        ArrayNode clients = realm.putArray("clients");
        Set<String> kept = new TreeSet<>();
        for (JsonNode client : suiteRealm.path("clients")) {
            String clientId = client.path("clientId").asText();
            if (DEMO_CLIENTS.contains(clientId)) {
                continue;
            }
            ObjectNode copy = (ObjectNode) publicAddresses(client);
            if (copy.has("secret")) {
                copy.put("secret", "${" + clientId.toUpperCase().replace('-', '_') + "_CLIENT_SECRET}");
            }
            clients.add(copy);
            kept.add(clientId);
        }
        ArrayNode users = realm.putArray("users");
        for (JsonNode user : suiteRealm.path("users")) {
            if (kept.contains(user.path("serviceAccountClientId").asText(""))) {
                users.add(user);
            }
        }
        return realm;
    }

    private static JsonNode publicAddresses(JsonNode node) {
        if (node.isTextual()) {
            List<String> parts = new ArrayList<>();
            for (String part : node.asText().split("##", -1)) {
                if (!LOCAL_SERVICE.matcher(part).lookingAt()) {
                    parts.add(part.replace(LOCAL_GATEWAY, "${AWARDING_URL}"));
                }
            }
            return TextNode.valueOf(String.join("##", parts));
        }
        if (node.isArray()) {
            ArrayNode copy = Overlays.JSON.createArrayNode();
            for (JsonNode item : node) {
                if (!(item.isTextual() && LOCAL_SERVICE.matcher(item.asText()).lookingAt())) {
                    copy.add(publicAddresses(item));
                }
            }
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = Overlays.JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), publicAddresses(field.getValue()));
            }
            return copy;
        }
        return node;
    }
}
