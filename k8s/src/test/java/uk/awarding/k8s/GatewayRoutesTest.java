package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeader;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteFilter;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * Every route of the local gateway (suite/gateway/nginx.conf, the reference) exists in the Ingresses and in the
 * HTTPRoute: the same path reaches the same service port with the same path and X-Forwarded-Prefix, and the
 * /q/ endpoints the gateway hides (all but health: metrics, the OpenAPI document, Swagger UI) stay hidden. Requests are traced through the rendered objects as the controllers
 * would route them.
 */
class GatewayRoutesTest {

    /** One proxied location of nginx.conf, and what it sends upstream for a sample request. */
    record Route(String prefix, int port, String forwardedPrefix, String upstreamPath) {

        String sampleRequest() {
            return prefix + "api/sample/1";
        }

        String expectedUpstreamPath() {
            return upstreamPath + "api/sample/1";
        }
    }

    /** Where a controller sends a request: the Service port, the path and the X-Forwarded-Prefix header. */
    record Forward(int port, String path, String forwardedPrefix) {
    }

    static List<Route> gatewayRoutes() {
        String conf = Overlays.read(Overlays.REPOSITORY_DIR.resolve("suite/gateway/nginx.conf"));
        Map<String, Integer> upstreams = new HashMap<>();
        Matcher upstream = Pattern.compile("upstream (\\w+) \\{\\s*server [\\d.]+:(\\d+);").matcher(conf);
        while (upstream.find()) {
            upstreams.put(upstream.group(1), Integer.parseInt(upstream.group(2)));
        }
        List<Route> routes = new ArrayList<>();
        // The prefix is set per location into a variable that the server block's proxy_set_header sends.
        assertTrue(conf.contains("proxy_set_header X-Forwarded-Prefix $forwarded_prefix;"),
                "nginx.conf sends the per-location prefix as X-Forwarded-Prefix");
        Matcher location = Pattern.compile("location (/[a-z-]+/) \\{\\s*set \\$forwarded_prefix (\\S+);"
                + "\\s*proxy_pass http://(\\w+)(/[^;]*);").matcher(conf);
        while (location.find()) {
            routes.add(new Route(location.group(1), upstreams.get(location.group(3)), location.group(2), location.group(4)));
        }
        assertTrue(routes.size() >= 5, "nginx.conf routes the four services and /verify/: " + routes);
        assertTrue(conf.contains("location ~ ^/[a-z-]+/q/(?!health(/|$))"), "nginx.conf hides the services' /q/ but health");
        return routes;
    }

    /** What the local gateway keeps inside: every /q/ endpoint of a service but its health. */
    static final List<String> HIDDEN = List.of("q/metrics", "q/openapi", "q/openapi?format=json", "q/swagger-ui/",
            "q/swagger-ui/index.html", "q/dev-ui", "q/healthx");

    static final List<String> INGRESS_OVERLAYS = Overlays.INGRESS_NGINX;

    @ParameterizedTest
    @FieldSource("INGRESS_OVERLAYS")
    void everyGatewayRouteIsAnIngress(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        for (Route route : gatewayRoutes()) {
            Forward forward = throughIngress(rendered, route.sampleRequest());
            assertNotNull(forward, route.sampleRequest() + " is not routed");
            assertEquals(new Forward(route.port(), route.expectedUpstreamPath(), route.forwardedPrefix()), forward,
                    route.sampleRequest());
            if (!route.prefix().equals("/verify/")) {
                for (String hidden : HIDDEN) {
                    assertEquals(null, throughIngress(rendered, route.prefix() + hidden),
                            route.prefix() + hidden + " is exposed");
                }
                assertEquals(new Forward(route.port(), "/q/health/ready", route.forwardedPrefix()),
                        throughIngress(rendered, route.prefix() + "q/health/ready"));
            }
        }
    }

    @Test
    void everyGatewayRouteIsInTheHttpRoute() {
        Overlays.Rendered rendered = Overlays.render("prod");
        HTTPRoute gateway = rendered.named(HTTPRoute.class, "gateway");
        for (Route route : gatewayRoutes()) {
            Optional<Forward> forward = throughHttpRoute(rendered, gateway, route.sampleRequest());
            assertEquals(Optional.of(new Forward(route.port(), route.expectedUpstreamPath(), route.forwardedPrefix())), forward,
                    route.sampleRequest());
            if (!route.prefix().equals("/verify/")) {
                for (String hidden : HIDDEN) {
                    assertEquals(Optional.empty(),
                            throughHttpRoute(rendered, gateway, route.prefix() + hidden.replaceAll("\\?.*", "")),
                            route.prefix() + hidden + " is exposed");
                }
                assertEquals(Optional.of(new Forward(route.port(), "/q/health/ready", route.forwardedPrefix())),
                        throughHttpRoute(rendered, gateway, route.prefix() + "q/health/ready"));
            }
        }
        assertEquals(List.of(), rendered.all(Ingress.class).stream().map(i -> i.getMetadata().getName()).toList(),
                "the Gateway API overlay has no Ingress");
    }

    /** certification's pages and documents outside /api/: the learner's pages, their sign-out, the issuer profiles. */
    static final List<String> CERTIFICATION_PAGES = List.of("my-certificates", "my-certificates/7KQ4M9TX2HPCA/pdf",
            "sign-out", "signed-out", "issuers/city-and-guilds", "certificate.css");

    @ParameterizedTest
    @FieldSource("INGRESS_OVERLAYS")
    void certificationsPagesAreRoutedThroughTheIngress(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        for (String page : CERTIFICATION_PAGES) {
            assertEquals(new Forward(8084, "/" + page, "/certification"),
                    throughIngress(rendered, "/certification/" + page), page);
        }
    }

    @Test
    void certificationsPagesAreRoutedThroughTheHttpRoute() {
        Overlays.Rendered rendered = Overlays.render("prod");
        HTTPRoute gateway = rendered.named(HTTPRoute.class, "gateway");
        for (String page : CERTIFICATION_PAGES) {
            assertEquals(Optional.of(new Forward(8084, "/" + page, "/certification")),
                    throughHttpRoute(rendered, gateway, "/certification/" + page), page);
        }
        assertTrue(gatewayRoutes().contains(new Route("/certification/", 8084, "/certification", "/")),
                "the local gateway sends all of /certification/ to certification-service");
    }

    /** ingress-nginx: a regex path matches from the start; rewrite-target substitutes its groups. */
    private static Forward throughIngress(Overlays.Rendered rendered, String request) {
        List<Forward> matches = new ArrayList<>();
        for (Ingress ingress : rendered.all(Ingress.class)) {
            if (!"nginx".equals(ingress.getSpec().getIngressClassName())
                    || !"gateway".equals(ingress.getMetadata().getLabels().get("app.kubernetes.io/component"))) {
                continue;
            }
            Map<String, String> annotations = ingress.getMetadata().getAnnotations();
            assertEquals("true", annotations.get("nginx.ingress.kubernetes.io/use-regex"));
            for (HTTPIngressPath path : ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
                // nginx matches the path alone, without the query string.
                Matcher m = Pattern.compile("^" + path.getPath(), Pattern.CASE_INSENSITIVE)
                        .matcher(request.replaceAll("\\?.*", ""));
                if (m.lookingAt()) {
                    String rewritten = annotations.get("nginx.ingress.kubernetes.io/rewrite-target");
                    for (int g = m.groupCount(); g >= 1; g--) {
                        rewritten = rewritten.replace("$" + g, Optional.ofNullable(m.group(g)).orElse(""));
                    }
                    rewritten += request.replaceAll("\\?.*", "").substring(m.end());
                    int port = path.getBackend().getService().getPort().getNumber();
                    assertServiceExposes(rendered, path.getBackend().getService().getName(), port);
                    matches.add(
                            new Forward(port, rewritten, annotations.get("nginx.ingress.kubernetes.io/x-forwarded-prefix")));
                }
            }
        }
        assertTrue(matches.size() <= 1, request + " matches several Ingresses: " + matches);
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** Gateway API: the longest matching PathPrefix wins; a rule without backends answers 404 (empty). */
    private static Optional<Forward> throughHttpRoute(Overlays.Rendered rendered, HTTPRoute route, String request) {
        record Candidate(HTTPRouteRule rule, String prefix) {
        }
        Candidate best = route.getSpec().getRules().stream()
                .flatMap(rule -> rule.getMatches().stream().map(m -> m.getPath())
                        .filter(p -> "PathPrefix".equals(p.getType()) && prefixMatches(p, request))
                        .map(p -> new Candidate(rule, p.getValue())))
                .max(Comparator.comparingInt(c -> c.prefix().length()))
                .orElseThrow(() -> new AssertionError(request + " matches no rule"));
        if (best.rule().getBackendRefs().isEmpty()) {
            return Optional.empty();
        }
        assertEquals(1, best.rule().getBackendRefs().size());
        String path = request;
        String forwardedPrefix = null;
        for (HTTPRouteFilter filter : best.rule().getFilters()) {
            if (filter.getUrlRewrite() != null) {
                assertEquals("ReplacePrefixMatch", filter.getUrlRewrite().getPath().getType());
                String replacement = filter.getUrlRewrite().getPath().getReplacePrefixMatch();
                String rest = request.substring(best.prefix().length());
                path = replacement.endsWith("/") && rest.startsWith("/") ? replacement + rest.substring(1) : replacement + rest;
            }
            if (filter.getRequestHeaderModifier() != null) {
                forwardedPrefix = filter.getRequestHeaderModifier().getSet().stream()
                        .filter(h -> h.getName().equalsIgnoreCase("X-Forwarded-Prefix")).map(HTTPHeader::getValue)
                        .findFirst().orElse(null);
            }
        }
        int port = best.rule().getBackendRefs().get(0).getPort();
        assertServiceExposes(rendered, best.rule().getBackendRefs().get(0).getName(), port);
        return Optional.of(new Forward(port, path, forwardedPrefix));
    }

    private static boolean prefixMatches(HTTPPathMatch match, String request) {
        String prefix = match.getValue().endsWith("/") ? match.getValue().substring(0, match.getValue().length() - 1)
                : match.getValue();
        return request.equals(prefix) || request.startsWith(prefix + "/");
    }

    private static void assertServiceExposes(Overlays.Rendered rendered, String service, int port) {
        assertTrue(Stream.of(rendered.named(Service.class, service)).flatMap(s -> s.getSpec().getPorts().stream())
                .anyMatch(p -> p.getPort() == port), service + " has no port " + port);
    }
}
