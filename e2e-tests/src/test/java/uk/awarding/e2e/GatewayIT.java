package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single entry point: routes, security headers, limits, and problem bodies for its own errors. */
@ExtendWith(Suite.class)
class GatewayIT {

    @ParameterizedTest
    @ValueSource(strings = { "catalogue", "registration", "test-engine", "certification" })
    void routesEveryServiceByItsShortName(String service) {
        given().get("/" + service + "/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void setsSecurityHeaders() {
        given().get("/catalogue/q/health/ready")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void followsOneCorrelationIdThroughGatewayAndService() {
        given().header("X-Correlation-Id", "e2e-gateway-1").get("/catalogue/q/health/ready")
                .then().statusCode(200).header("X-Correlation-Id", "e2e-gateway-1");
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        given().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:not-found"));
    }

    @Test
    void keepsMetricsInsideTheNetwork() {
        given().get("/registration/q/metrics")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/catalogue/q/openapi", "/registration/q/openapi?format=json", "/test-engine/q/swagger-ui/",
            "/certification/q/swagger-ui/index.html" })
    void keepsTheApiDocumentsInsideTheNetwork(String path) {
        given().get(path)
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Query strings hold learners' family names (verification) and OIDC authorization codes: never logged. */
    @Test
    void logsPathsWithoutTheirQueryStrings() {
        given().get("/verify/E2E-LOG-1?familyName=Quennell-Fotheringay");
        given().redirects().follow(false).get("/test-engine/?code=e2e-secret-authorization-code&state=e2e-state");
        String log = Suite.log("gateway-access");
        assertTrue(log.contains("GET /verify/E2E-LOG-1 HTTP/1.1"), "the request is logged");
        assertFalse(log.contains("Quennell-Fotheringay"), "a family name is in the gateway's access log");
        assertFalse(log.contains("e2e-secret-authorization-code"), "an authorization code is in the gateway's access log");
    }

    /** The gateway is the only way in from other machines: the services answer on the loopback interface only. */
    @ParameterizedTest
    @ValueSource(ints = { 8081, 8082, 8083, 8084 })
    void servicesAreNotReachableFromOtherMachines(int port) throws SocketException {
        List<InetAddress> external = NetworkInterface.networkInterfaces().filter(i -> !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
        assumeTrue(!external.isEmpty(), "this machine has no address but loopback");
        for (InetAddress address : external) {
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }, "port " + port + " answers on " + address);
        }
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (SocketException e) {
            return true;
        }
    }

    @Test
    void refusesBodiesOverTwoMegabytesWithAProblem() {
        given().contentType("application/json").body(new byte[3 * 1024 * 1024])
                .post("/registration/api/registrations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:body-too-large"));
    }
}
