package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeader;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteFilter;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * The local gateway (suite/gateway/nginx.conf) is the reference: each of its settings, read from its directives, has
 * the same value in every cluster edge: the ingress-nginx Ingresses with their controller's values, and the Gateway
 * API route with Envoy Gateway's policies. Body size, buffers (the candidate pages' session cookie is over 4 KiB),
 * timeouts, the rate limit and its 429, the security headers, real client addresses and an access log without
 * query strings.
 */
class GatewaySettingsTest {

    static final List<String> INGRESS_OVERLAYS = Overlays.INGRESS_NGINX;
    private static final String ANNOTATION = "nginx.ingress.kubernetes.io/";

    /** nginx.conf's directives outside locations (http and server blocks), name -> arguments, in order. */
    static Map<String, List<String>> nginx() {
        String conf = Overlays.read(Overlays.REPOSITORY_DIR.resolve("suite/gateway/nginx.conf"));
        // Location blocks hold routes (GatewayRoutesTest); the settings here are the ones that apply to every request.
        String outside = conf.replaceAll("(?s)\\n\\s*location [^{]*\\{.*?\\n\\s*}", "\n");
        Map<String, List<String>> directives = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*([a-z_]+)\\s+((?:'[^']*'\\s*|\"[^\"]*\"\\s*|[^;'\"{}\\s]+\\s*)+);")
                .matcher(outside);
        while (m.find()) {
            List<String> args = new ArrayList<>();
            Matcher a = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(m.group(2));
            while (a.find()) {
                args.add(a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3));
            }
            String key = m.group(1);
            if (key.equals("add_header") || key.equals("proxy_set_header") || key.equals("log_format")) {
                key = key + " " + args.get(0);
                args = args.subList(1, args.size());
            }
            directives.put(key, args);
        }
        return directives;
    }

    static String one(String directive) {
        List<String> args = nginx().get(directive);
        assertNotNull(args, "nginx.conf sets " + directive);
        return String.join(" ", args);
    }

    /** nginx.conf's security headers, the CSP's form-action with the overlay's Keycloak address (as run.sh fills it). */
    static Map<String, String> securityHeaders(String keycloakUrl) {
        Map<String, String> headers = new LinkedHashMap<>();
        String conf = Overlays.read(Overlays.REPOSITORY_DIR.resolve("suite/gateway/nginx.conf"));
        Matcher csp = Pattern
                .compile("map \\$upstream_http_content_security_policy \\$content_security_policy \\{\\s*\"\" \"([^\"]+)\";")
                .matcher(conf);
        assertTrue(csp.find(), "nginx.conf's default CSP");
        nginx().forEach((k, v) -> {
            if (k.startsWith("add_header ") && !k.equals("add_header X-Correlation-Id")) {
                String name = k.substring("add_header ".length());
                headers.put(name, v.get(0).equals("$content_security_policy")
                        ? csp.group(1).replace("@KEYCLOAK_URL@", keycloakUrl) : v.get(0));
            }
        });
        assertEquals(List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"),
                List.copyOf(headers.keySet()));
        return headers;
    }

    static Map<String, String> controllerConfig() {
        return yaml(Overlays.K8S_DIR.resolve("components/ingress-nginx/controller-values.yaml").toString()).get(0)
                .path("controller").path("config").properties().stream()
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue().asText()), Map::putAll);
    }

    @ParameterizedTest
    @FieldSource("INGRESS_OVERLAYS")
    void everyIngressProxiesAsTheLocalGatewayDoes(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        List<Ingress> gateway = rendered.all(Ingress.class).stream()
                .filter(i -> "gateway".equals(i.getMetadata().getLabels().get("app.kubernetes.io/component"))).toList();
        assertEquals(5, gateway.size());
        String[] buffers = one("proxy_buffers").split(" ");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("proxy-body-size", one("client_max_body_size"));
        expected.put("client-body-buffer-size", one("client_body_buffer_size"));
        expected.put("proxy-buffer-size", one("proxy_buffer_size"));
        expected.put("proxy-buffers-number", buffers[0]);
        expected.put("proxy-busy-buffers-size", one("proxy_busy_buffers_size"));
        expected.put("proxy-connect-timeout", seconds(one("proxy_connect_timeout")));
        expected.put("proxy-read-timeout", seconds(one("proxy_read_timeout")));
        expected.put("limit-rps", rate());
        expected.put("limit-burst-multiplier", String.valueOf(burst() / Integer.parseInt(rate())));
        expected.put("custom-headers", namespace(rendered) + "/gateway-response-headers");
        assertEquals(one("proxy_buffer_size"), buffers[1],
                "nginx.conf's buffers are proxy_buffer_size each, as ingress-nginx's");
        for (Ingress ingress : gateway) {
            Map<String, String> actual = new LinkedHashMap<>();
            expected.keySet().forEach(k -> actual.put(k, ingress.getMetadata().getAnnotations().get(ANNOTATION + k)));
            assertEquals(expected, actual, ingress.getMetadata().getName());
        }
        assertEquals(securityHeaders(keycloakUrl(rendered)),
                rendered.named(ConfigMap.class, "gateway-response-headers").getData().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey((a, b) -> List.copyOf(securityHeaders("").keySet()).indexOf(a)
                                - List.copyOf(securityHeaders("").keySet()).indexOf(b)))
                        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
    }

    /** What ingress-nginx takes only for the whole controller. */
    @Test
    void theIngressControllerAnswersLimitsAndLogsAsTheLocalGatewayDoes() {
        Map<String, String> config = controllerConfig();
        assertEquals(one("limit_req_status"), config.get("limit-req-status-code"));
        assertEquals(one("worker_connections"), config.get("max-worker-connections"));
        assertEquals(String.join(",", securityHeaders("").keySet()), config.get("global-allowed-response-headers"));
        assertEquals("false", config.get("allow-snippet-annotations"));
        assertLogsNoQueryString(config.get("log-format-upstream"));
        // The limit keys on the client's address: the controller must see it, not a node's or a load balancer's.
        assertTrue(one("limit_req_zone").startsWith("$binary_remote_addr "));
        JsonNode service = yaml(Overlays.K8S_DIR.resolve("components/ingress-nginx/controller-values.yaml").toString())
                .get(0).path("controller").path("service");
        assertTrue(
                service.path("externalTrafficPolicy").asText().equals("Local")
                        || "true".equals(config.get("use-proxy-protocol")),
                "client addresses reach the controller");
    }

    @Test
    void theLocalGatewayLogsNoQueryString() {
        assertLogsNoQueryString(one("log_format gateway"));
        assertTrue(one("access_log").endsWith(" gateway"), "the access log uses that format");
    }

    /** The Gateway API route: the same headers on every answer and the same upstream timeout. */
    @Test
    void theHttpRouteAnswersAsTheLocalGatewayDoes() {
        Overlays.Rendered rendered = Overlays.render("prod");
        Map<String, String> expected = securityHeaders(keycloakUrl(rendered));
        HTTPRoute route = rendered.named(HTTPRoute.class, "gateway");
        for (HTTPRouteRule rule : route.getSpec().getRules()) {
            if (rule.getBackendRefs().isEmpty()) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (HTTPRouteFilter filter : rule.getFilters()) {
                if (filter.getResponseHeaderModifier() != null) {
                    filter.getResponseHeaderModifier().getAdd().forEach(h -> headers.put(h.getName(), h.getValue()));
                    filter.getResponseHeaderModifier().getSet().forEach(h -> headers.put(h.getName(), h.getValue()));
                }
            }
            String where = rule.getMatches().get(0).getPath().getValue();
            assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(headers), where);
            assertEquals(one("proxy_read_timeout"), rule.getTimeouts().getBackendRequest(), where);
            assertTrue(rule.getFilters().stream().filter(f -> f.getResponseHeaderModifier() != null)
                    .flatMap(f -> f.getResponseHeaderModifier().getAdd().stream()).map(HTTPHeader::getName).toList()
                    .equals(List.of("Content-Security-Policy")), where + ": a page's own CSP is kept, the suite's added");
        }
    }

    /** Envoy Gateway's policies for what the Gateway API does not express. */
    @Test
    void envoyGatewaysPoliciesMatchTheLocalGateway() {
        List<JsonNode> policies = yaml(Overlays.K8S_DIR.resolve("gateway-policies/envoy-gateway.yaml").toString());
        JsonNode clients = kind(policies, "ClientTrafficPolicy").path("spec");
        JsonNode backends = kind(policies, "BackendTrafficPolicy").path("spec");
        JsonNode proxy = kind(policies, "EnvoyProxy").path("spec");
        for (JsonNode policy : List.of(clients, backends)) {
            assertEquals("awarding", policy.path("targetRefs").get(0).path("name").asText(), "attached to the Gateway");
        }
        assertEquals(mebibytes(one("client_max_body_size")), backends.path("requestBuffer").path("limit").asText());
        assertTrue(kibibytes(clients.path("headers").path("maxHeaderSize").asText()) >= kibibytes(one("proxy_buffer_size")),
                "the session cookie fits");
        assertEquals(one("proxy_connect_timeout"), backends.path("timeout").path("tcp").path("connectTimeout").asText());
        assertEquals(one("proxy_read_timeout"), backends.path("timeout").path("http").path("requestTimeout").asText());
        JsonNode rule = backends.path("rateLimit").path("local").path("rules").get(0);
        assertEquals("Distinct", rule.path("clientSelectors").get(0).path("sourceCIDR").path("type").asText(),
                "per client address");
        assertEquals(rate(), rule.path("limit").path("requests").asText());
        assertEquals("Second", rule.path("limit").path("unit").asText());
        assertEquals("Local",
                proxy.path("provider").path("kubernetes").path("envoyService").path("externalTrafficPolicy").asText(),
                "client addresses reach Envoy");
        String log = proxy.path("telemetry").path("accessLog").path("settings").get(0).path("format").path("text").asText();
        assertTrue(log.contains("%REQ_WITHOUT_QUERY("), log);
        assertFalse(log.matches("(?s).*%REQ\\(:PATH\\)%.*"), "the access log holds no query string");
    }

    private static void assertLogsNoQueryString(String format) {
        assertTrue(format.contains("$uri"), format);
        for (String withQuery : List.of("$request ", "$request\"", "$request_uri", "$args", "$query_string", "$arg_")) {
            assertFalse(format.contains(withQuery), format + " logs " + withQuery);
        }
    }

    private static String rate() {
        Matcher m = Pattern.compile("rate=(\\d+)r/s").matcher(one("limit_req_zone"));
        assertTrue(m.find());
        return m.group(1);
    }

    private static int burst() {
        Matcher m = Pattern.compile("burst=(\\d+)").matcher(one("limit_req"));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    private static String seconds(String nginxDuration) {
        assertTrue(nginxDuration.endsWith("s"), nginxDuration);
        return nginxDuration.substring(0, nginxDuration.length() - 1);
    }

    private static String mebibytes(String nginxSize) {
        assertTrue(nginxSize.endsWith("m"), nginxSize);
        return nginxSize.substring(0, nginxSize.length() - 1) + "Mi";
    }

    private static int kibibytes(String size) {
        return size.endsWith("Ki") ? Integer.parseInt(size.substring(0, size.length() - 2))
                : Integer.parseInt(size.substring(0, size.length() - 1));
    }

    private static String namespace(Overlays.Rendered rendered) {
        return rendered.all(io.fabric8.kubernetes.api.model.Namespace.class).get(0).getMetadata().getName();
    }

    private static String keycloakUrl(Overlays.Rendered rendered) {
        return rendered.generated(ConfigMap.class, "keycloak").getData().get("KC_HOSTNAME");
    }

    private static JsonNode kind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    private static List<JsonNode> yaml(String file) {
        try {
            return new YAMLMapper().readValues(new YAMLFactory().createParser(new java.io.File(file)), JsonNode.class)
                    .readAll();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
