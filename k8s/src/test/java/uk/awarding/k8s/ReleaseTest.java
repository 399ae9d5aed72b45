package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * Release hygiene: each release's Jobs carry its name (a Job is immutable, so a release or a rotated secret needs
 * new ones), migrations run once in those Jobs rather than racing in every starting pod, images are pinned.
 */
class ReleaseTest {

    static final List<String> OVERLAYS = Overlays.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyJobCarriesTheReleaseInItsName(String overlay) {
        List<String> violations = new ArrayList<>();
        List<Job> jobs = Overlays.render(overlay).all(Job.class);
        assertEquals(5, jobs.size(), "mariadb-init and a migration per service");
        for (Job job : jobs) {
            String release = job.getMetadata().getLabels().get("awarding.uk/release");
            String name = job.getMetadata().getName();
            WorkloadPolicyTest.check(violations, name, release != null && name.endsWith("-" + release),
                    "does not end with its release " + release);
        }
        assertEquals(List.of(), violations);
        assertEquals(1, jobs.stream().map(j -> j.getMetadata().getLabels().get("awarding.uk/release")).distinct().count(),
                "one release per overlay");
    }

    /** Each service's migration Job migrates and exits; its pods only validate the schema at start. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void migrationsRunOncePerReleaseNotAtEveryPodStart(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        List<String> violations = new ArrayList<>();
        for (String module : Overlays.serviceModules()) {
            Container pod = rendered.named(Deployment.class, module).getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> podEnv = env(pod);
            WorkloadPolicyTest.check(violations, module, "false".equals(podEnv.get("QUARKUS_FLYWAY_MIGRATE_AT_START")),
                    "migrates at start");
            WorkloadPolicyTest.check(violations, module, "true".equals(podEnv.get("QUARKUS_FLYWAY_VALIDATE_AT_START")),
                    "does not validate the schema at start");

            Job job = rendered.release(Job.class, module + "-migrate");
            Container migrate = job.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> jobEnv = env(migrate);
            WorkloadPolicyTest.check(violations, job.getMetadata().getName(), "true".equals(jobEnv.get("QUARKUS_INIT_AND_EXIT"))
                    && "true".equals(jobEnv.get("QUARKUS_FLYWAY_MIGRATE_AT_START")), "does not migrate and exit");
            WorkloadPolicyTest.check(violations, job.getMetadata().getName(), migrate.getImage().equals(pod.getImage()),
                    "runs another image than the release's " + pod.getImage());
            Set<String> missing = new TreeSet<>(ServiceEnvironment.read(module));
            missing.removeAll(WorkloadPolicyTest.environment(rendered, migrate));
            WorkloadPolicyTest.check(violations, job.getMetadata().getName(), missing.isEmpty(),
                    "lacks environment " + missing);
        }
        assertEquals(List.of(), violations);
    }

    /** The list of what a service reads is derived, not kept by hand: it holds what certification reads. */
    @Test
    void theEnvironmentListIsReadFromTheServicesConfiguration() {
        Set<String> certification = ServiceEnvironment.read("certification-service");
        assertTrue(certification.containsAll(Set.of("PUBLIC_BASE_URL", "CREDENTIAL_SIGNING_KEY", "DB_PASSWORD",
                "OIDC_CLIENT_SECRET", "OIDC_AUTH_SERVER_URL")), certification::toString);
        assertTrue(ServiceEnvironment.read("test-engine-service").contains("SESSION_COOKIE_SECRET"));
        assertTrue(certification.contains("SESSION_COOKIE_SECRET"), certification::toString);
    }

    /**
     * The session cookies of test-engine's candidate pages and certification's learner pages have their own secret in
     * every overlay, never the OIDC client secret.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void thePagesSessionCookiesHaveASecretOfTheirOwn(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        for (String service : List.of("test-engine-service", "certification-service")) {
            var secret = rendered.generated(io.fabric8.kubernetes.api.model.Secret.class, service + "-secrets");
            assertTrue(secret.getData().containsKey("SESSION_COOKIE_SECRET"), service);
            String value = new String(java.util.Base64.getDecoder().decode(secret.getData().get("SESSION_COOKIE_SECRET")));
            String client = new String(java.util.Base64.getDecoder().decode(secret.getData().get("OIDC_CLIENT_SECRET")));
            if (overlay.equals("dev")) {
                assertTrue(value.length() >= 32, service + ": the demo secret is long enough for the service to start");
                assertTrue(!value.equals(client), service);
            }
        }
    }

    private static Map<String, String> env(Container c) {
        return c.getEnv().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue, (a, b) -> b));
    }
}
