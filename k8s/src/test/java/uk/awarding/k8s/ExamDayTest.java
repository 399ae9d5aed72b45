package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * The exam-day capacity plan in the manifests (k8s/README.md, "Exam day"): pods up and warm before a session, CPU as
 * measured, the autoscalers, Keycloak clustered, pods spread over nodes and zones, MariaDB sized for every pool.
 */
class ExamDayTest {

    static final List<String> AUTOSCALED = List.of("test-engine-service", "registration-service");
    static final List<String> PROD = List.of("prod", "prod-ingress-nginx");
    static final List<String> OVERLAYS = Overlays.ALL;

    /** test-engine used a whole core for an exam-day burst; every start asks registration. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theExamDayServicesRequestTheCpuTheyWereMeasuredToNeed(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        assertTrue(cpuRequest(rendered, "test-engine-service").compareTo(BigDecimal.ONE) >= 0);
        assertTrue(cpuRequest(rendered, "registration-service").compareTo(new BigDecimal("0.5")) >= 0);
    }

    /** Before a session the minimum goes up and the pods are warmed; afterwards it goes back. */
    @ParameterizedTest
    @FieldSource("PROD")
    void prodScalesUpAndWarmsUpBeforeTheSessionWindow(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        CronJob up = rendered.named(CronJob.class, "exam-day-prescale");
        CronJob down = rendered.named(CronJob.class, "exam-day-scale-back");
        assertFalse(up.getSpec().getSuspend(), "the pre-scaling runs in prod");
        assertFalse(down.getSpec().getSuspend());
        assertEquals("Europe/London", up.getSpec().getTimeZone());
        List<Container> upSteps = podContainers(up);
        for (String service : AUTOSCALED) {
            HorizontalPodAutoscaler hpa = rendered.named(HorizontalPodAutoscaler.class, service);
            int examDay = patchedMinimum(upSteps, service);
            assertTrue(examDay > hpa.getSpec().getMinReplicas() && examDay <= hpa.getSpec().getMaxReplicas(),
                    service + ": exam-day minimum " + examDay + " within " + hpa.getSpec().getMinReplicas() + "-"
                            + hpa.getSpec().getMaxReplicas());
            assertEquals(hpa.getSpec().getMinReplicas(), patchedMinimum(podContainers(down), service),
                    service + " goes back to its everyday minimum");
        }
        assertTrue(upSteps.stream().anyMatch(c -> c.getArgs().equals(List.of("rollout", "status",
                "deployment/test-engine-service", "--timeout=15m"))), "waits for the new pods");
        Container warmUp = up.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("/bin/sh", "/scripts/warm-up.sh"), warmUp.getCommand(), "then warms them up");
        String script = Overlays.read(Overlays.K8S_DIR.resolve("base/services/warm-up.sh"));
        for (String service : Overlays.serviceModules()) {
            assertTrue(script.contains("http://" + service + ":"), "the warm-up reaches " + service);
        }
    }

    /**
     * Keycloak's CPU for the sign-ins that open an exam morning: 1,000 candidates in the ten minutes before a session,
     * the busiest minute three times the average, at 240 ms of Keycloak's CPU each (measured: code flow with the realm's
     * Argon2 hashing). The pods' requests carry that peak, and one pod alone (the other lost) carries it within its
     * limit.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloakHasTheCpuForAMorningsSignIns(String overlay) {
        Deployment keycloak = Overlays.render(overlay).named(Deployment.class, "keycloak");
        var resources = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0).getResources();
        BigDecimal peak = new BigDecimal("1000").multiply(new BigDecimal("3")).multiply(new BigDecimal("0.240"))
                .divide(new BigDecimal("600"));
        BigDecimal requested = resources.getRequests().get("cpu").getNumericalAmount()
                .multiply(BigDecimal.valueOf(keycloak.getSpec().getReplicas()));
        assertTrue(requested.compareTo(peak) >= 0, "Keycloak requests " + requested + " CPU for a peak of " + peak);
        BigDecimal limit = resources.getLimits().get("cpu").getNumericalAmount();
        assertTrue(limit.compareTo(peak) >= 0, "one Keycloak pod is limited to " + limit + " CPU for a peak of " + peak);
    }

    @ParameterizedTest
    @FieldSource("PROD")
    void keycloakRunsTwoPodsSharingAClusteredCache(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        Deployment keycloak = rendered.named(Deployment.class, "keycloak");
        assertTrue(keycloak.getSpec().getReplicas() >= 2);
        assertEquals("RollingUpdate", keycloak.getSpec().getStrategy().getType());
        assertEquals(0, keycloak.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
        Map<String, String> env = new HashMap<>();
        keycloak.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream().filter(e -> e.getValue() != null)
                .forEach(e -> env.put(e.getName(), e.getValue()));
        assertEquals("ispn", env.get("KC_CACHE"));
        NetworkPolicy cluster = rendered.named(NetworkPolicy.class, "keycloak-cluster");
        assertEquals(List.of(7800, 57800), cluster.getSpec().getIngress().get(0).getPorts().stream()
                .map(p -> p.getPort().getIntVal()).toList());
    }

    /** Each service's pods, and Keycloak's, spread over nodes (strictly) and zones (where there are any). */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentSpreadsOverNodesAndZones(String overlay) {
        List<String> violations = new ArrayList<>();
        for (Deployment d : Overlays.render(overlay).all(Deployment.class)) {
            List<TopologySpreadConstraint> spread = d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            for (String key : List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")) {
                boolean ok = spread.stream().anyMatch(c -> c.getTopologyKey().equals(key) && c.getMaxSkew() == 1
                        && (!key.endsWith("hostname") || c.getWhenUnsatisfiable().equals("DoNotSchedule"))
                        && labels.entrySet().containsAll(c.getLabelSelector().getMatchLabels().entrySet())
                        && (c.getLabelSelector().getMatchLabels().containsKey("app.kubernetes.io/name")
                                || c.getMatchLabelKeys().contains("app.kubernetes.io/name")));
                WorkloadPolicyTest.check(violations, d.getMetadata().getName(), ok, "does not spread its own pods over " + key);
            }
        }
        assertEquals(List.of(), violations);
    }

    /**
     * max_connections holds every pool that can be open at once: each Deployment at its largest (the autoscaler's
     * maximum or its replicas) plus one surge pod during a rollout, times its pool, plus the Jobs; the buffer pool
     * leaves room in the container's memory for those connections.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void mariaDbIsSizedForTheSumOfThePools(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        Map<String, String> cnf = myCnf(rendered);
        int pool = Integer.parseInt(rendered.generated(ConfigMap.class, "awarding-platform").getData()
                .get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
        int connections = 0;
        for (Deployment d : rendered.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            int pods = rendered.all(HorizontalPodAutoscaler.class).stream().filter(h -> h.getMetadata().getName().equals(name))
                    .map(h -> h.getSpec().getMaxReplicas()).findFirst().orElse(d.getSpec().getReplicas()) + 1;
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            int perPod = name.equals("keycloak")
                    ? Integer.parseInt(c.getEnv().stream().filter(e -> e.getName().equals("KC_DB_POOL_MAX_SIZE"))
                            .map(EnvVar::getValue).findFirst()
                            .orElseThrow(() -> new AssertionError("Keycloak's pool is not set")))
                    : pool;
            connections += pods * perPod;
        }
        // The release Jobs hold a pool of their own while they run (the migrations), the backup one connection.
        connections += rendered.all(Job.class).size() * pool + 1;
        int max = Integer.parseInt(cnf.get("max_connections"));
        assertTrue(max >= connections, "max_connections " + max + " < " + connections + " pooled connections");

        StatefulSet mariadb = rendered.named(StatefulSet.class, "mariadb");
        Quantity memory = mariadb.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits()
                .get("memory");
        long bufferPool = bytes(cnf.get("innodb_buffer_pool_size"));
        long perConnection = 1024 * 1024;
        assertTrue(bufferPool > 128L * 1024 * 1024, "the buffer pool is raised from MariaDB's default");
        assertTrue(bufferPool + (long) max * perConnection + 512L * 1024 * 1024 <= memory.getNumericalAmount().longValue(),
                "buffer pool, connections and MariaDB's own 512 MiB fit in " + memory);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void mariaDbKeepsBinaryLogsForPointInTimeRecovery(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        Map<String, String> cnf = myCnf(rendered);
        assertNotNull(cnf.get("log_bin"));
        assertEquals("ROW", cnf.get("binlog_format"));
        CronJob backup = rendered.named(CronJob.class, "mariadb-backup");
        int keepDays = Integer
                .parseInt(podContainers(backup).get(0).getEnv().stream().filter(e -> e.getName().equals("KEEP_DAYS"))
                        .findFirst().orElseThrow().getValue());
        assertTrue(Long.parseLong(cnf.get("binlog_expire_logs_seconds")) > keepDays * 86_400L,
                "every kept dump can be rolled forward");
        assertTrue(backup.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getVolumes().stream()
                .anyMatch(v -> v.getPersistentVolumeClaim() != null
                        && v.getPersistentVolumeClaim().getClaimName().equals("mariadb-backups")),
                "dumps go to their own volume");
        assertFalse(Boolean.TRUE.equals(backup.getSpec().getSuspend()));
    }

    @Test
    void theBuildReadsTheSameMyCnfAsTheCluster() {
        assertEquals(Overlays.read(Overlays.K8S_DIR.resolve("base/mariadb/my.cnf")),
                Overlays.render("prod").generated(ConfigMap.class, "mariadb-config").getData().get("my.cnf"));
    }

    static Map<String, String> myCnf(Overlays.Rendered rendered) {
        Map<String, String> settings = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*([a-z_]+)\\s*=\\s*(\\S+)")
                .matcher(rendered.generated(ConfigMap.class, "mariadb-config").getData().get("my.cnf"));
        while (m.find()) {
            settings.put(m.group(1), m.group(2));
        }
        return settings;
    }

    private static long bytes(String value) {
        long factor = switch (value.charAt(value.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(factor == 1 ? value : value.substring(0, value.length() - 1)) * factor;
    }

    private static BigDecimal cpuRequest(Overlays.Rendered rendered, String deployment) {
        return rendered.named(Deployment.class, deployment).getSpec().getTemplate().getSpec().getContainers().get(0)
                .getResources().getRequests().get("cpu").getNumericalAmount();
    }

    private static List<Container> podContainers(CronJob job) {
        var spec = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        return Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream()).toList();
    }

    /** The minReplicas a step of the CronJob patches into the service's autoscaler. */
    private static int patchedMinimum(List<Container> steps, String service) {
        Pattern patch = Pattern.compile("--patch=\\{\"spec\":\\{\"minReplicas\":(\\d+)}}");
        return steps.stream()
                .filter(c -> c.getArgs().size() > 2 && c.getArgs().subList(0, 3).equals(List.of("patch", "hpa", service)))
                .flatMap(c -> c.getArgs().stream()).map(patch::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no step patches the autoscaler of " + service));
    }
}
