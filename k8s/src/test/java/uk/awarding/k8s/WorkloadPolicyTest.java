package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The deployment policies of issue 7, on every workload of every overlay. Each test lists every violation. */
class WorkloadPolicyTest {

    static final List<String> OVERLAYS = Overlays.ALL;

    /** The only pods that hold a service account token: the exam-day Jobs, which patch the autoscalers. */
    static final String EXAM_DAY_SERVICE_ACCOUNT = "exam-day-scaler";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyWorkloadIsHardened(String overlay) {
        List<String> violations = new ArrayList<>();
        workloads(Overlays.render(overlay)).forEach((name, pod) -> {
            PodSpec spec = pod.getSpec();
            PodSecurityContext podSecurity = Objects.requireNonNullElseGet(spec.getSecurityContext(), PodSecurityContext::new);
            check(violations, name, Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())
                    || EXAM_DAY_SERVICE_ACCOUNT.equals(spec.getServiceAccountName()), "mounts a service account token");
            check(violations, name, podSecurity.getSeccompProfile() != null
                    && "RuntimeDefault".equals(podSecurity.getSeccompProfile().getType()),
                    "has no RuntimeDefault seccomp profile");
            for (Container c : containers(spec)) {
                String where = name + "/" + c.getName();
                SecurityContext security = Objects.requireNonNullElseGet(c.getSecurityContext(), SecurityContext::new);
                check(violations, where, Boolean.TRUE.equals(security.getRunAsNonRoot())
                        || Boolean.TRUE.equals(podSecurity.getRunAsNonRoot()), "may run as root");
                check(violations, where, !Long.valueOf(0).equals(security.getRunAsUser())
                        && !Long.valueOf(0).equals(podSecurity.getRunAsUser()), "runs as user 0");
                check(violations, where, Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()),
                        "has a writable root filesystem");
                check(violations, where, Boolean.FALSE.equals(security.getAllowPrivilegeEscalation()),
                        "allows privilege escalation");
                check(violations, where, !Boolean.TRUE.equals(security.getPrivileged()), "is privileged");
                check(violations, where, security.getCapabilities() != null
                        && security.getCapabilities().getDrop().contains("ALL")
                        && security.getCapabilities().getAdd().isEmpty(), "does not drop ALL capabilities");
                check(violations, where, mountsEmptyDirAt(spec, c, "/tmp"), "has no emptyDir at /tmp");
            }
        });
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasRequestsWithinLimits(String overlay) {
        List<String> violations = new ArrayList<>();
        workloads(Overlays.render(overlay)).forEach((name, pod) -> {
            for (Container c : containers(pod.getSpec())) {
                ResourceRequirements r = Objects.requireNonNullElseGet(c.getResources(), ResourceRequirements::new);
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = r.getRequests().get(resource);
                    Quantity limit = r.getLimits().get(resource);
                    String where = name + "/" + c.getName() + " " + resource;
                    check(violations, where, request != null, "has no request");
                    check(violations, where, limit != null, "has no limit");
                    if (request != null && limit != null) {
                        check(violations, where, request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                                "requests more than its limit");
                        // Memory is reserved as it may be used: no node overcommitted into killing pods under load.
                        check(violations, where, !resource.equals("memory")
                                || request.getNumericalAmount().compareTo(limit.getNumericalAmount()) == 0,
                                "requests less memory than its limit");
                    }
                }
            }
        });
        assertEquals(List.of(), violations);
    }

    /** Long-running workloads (not Jobs) have all three probes on every main container. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServerHasStartupLivenessAndReadinessProbes(String overlay) {
        List<String> violations = new ArrayList<>();
        Overlays.Rendered rendered = Overlays.render(overlay);
        workloads(rendered).forEach((name, pod) -> {
            if (name.startsWith("Job/") || name.startsWith("CronJob/")) {
                return;
            }
            for (Container c : pod.getSpec().getContainers()) {
                String where = name + "/" + c.getName();
                check(violations, where, c.getStartupProbe() != null, "has no startup probe");
                check(violations, where, c.getLivenessProbe() != null, "has no liveness probe");
                check(violations, where, c.getReadinessProbe() != null, "has no readiness probe");
            }
        });
        assertEquals(List.of(), violations);
    }

    /** The four services: named after their modules, labelled, probed on the Quarkus health endpoints. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceModuleRunsAsADeploymentAndService(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        List<String> violations = new ArrayList<>();
        for (String module : Overlays.serviceModules()) {
            Deployment deployment = rendered.named(Deployment.class, module);
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            check(violations, module, module.equals(labels.get("app.kubernetes.io/name")), "pod not labelled with its name");
            check(violations, module, "awarding-platform".equals(labels.get("app.kubernetes.io/part-of")),
                    "pod not labelled part-of");
            check(violations, module,
                    "kustomize".equals(deployment.getMetadata().getLabels().get("app.kubernetes.io/managed-by")),
                    "not labelled managed-by");
            Container c = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            check(violations, module, imageIsPinned(overlay, module, c.getImage()), "image " + c.getImage() + " is not pinned");
            check(violations, module, deployment.getSpec().getTemplate().getSpec().getImagePullSecrets().stream()
                    .anyMatch(r -> "registry-credentials".equals(r.getName())), "has no imagePullSecrets slot");
            check(violations, module, httpProbe(c.getStartupProbe(), "/q/health/started"),
                    "startup probe not on /q/health/started");
            check(violations, module, httpProbe(c.getLivenessProbe(), "/q/health/live"),
                    "liveness probe not on /q/health/live");
            check(violations, module, httpProbe(c.getReadinessProbe(), "/q/health/ready"),
                    "readiness probe not on /q/health/ready");
            Set<String> missing = new TreeSet<>(ServiceEnvironment.read(module));
            missing.removeAll(environment(rendered, c));
            check(violations, module, missing.isEmpty(), "lacks environment " + missing);

            Service service = rendered.named(Service.class, module);
            int containerPort = c.getPorts().stream().filter(p -> "http".equals(p.getName()))
                    .mapToInt(ContainerPort::getContainerPort).findFirst().orElse(-1);
            check(violations, module, service.getSpec().getPorts().size() == 1
                    && service.getSpec().getPorts().get(0).getPort() == containerPort, "Service port is not the container's");
            check(violations, module, labels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                    "Service does not select its pods");
        }
        assertEquals(List.of(), violations);
    }

    /** Every Deployment may be drained one pod at a time, never all at once. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasADisruptionBudget(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        List<String> uncovered = rendered.all(Deployment.class).stream()
                .filter(d -> rendered.all(PodDisruptionBudget.class).stream()
                        .noneMatch(pdb -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                                .containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet())))
                .map(d -> d.getMetadata().getName()).toList();
        assertEquals(List.of(), uncovered);
    }

    /** The two services every sitting start goes through scale on their autoscalers alone. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theExamDayServicesScaleOnTheirAutoscalersAlone(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        for (String service : ExamDayTest.AUTOSCALED) {
            HorizontalPodAutoscaler hpa = rendered.named(HorizontalPodAutoscaler.class, service);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
            assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
            // With a replica count in the manifest every apply would reset what the autoscaler chose.
            assertNull(rendered.named(Deployment.class, service).getSpec().getReplicas(), service);
        }
    }

    /** Production runs at least two pods of every service, rolling one at a time without losing capacity. */
    @Test
    void prodRunsEveryServiceRedundantlyAndRollsWithoutDowntime() {
        Overlays.Rendered prod = Overlays.render("prod");
        List<String> violations = new ArrayList<>();
        for (String module : Overlays.serviceModules()) {
            Deployment d = prod.named(Deployment.class, module);
            Integer replicas = d.getSpec().getReplicas();
            int minimum = replicas != null ? replicas
                    : prod.named(HorizontalPodAutoscaler.class, module).getSpec().getMinReplicas();
            check(violations, module, minimum >= 2, "runs fewer than two pods");
            check(violations, module, "0".equals(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getStrVal())
                    || Integer.valueOf(0).equals(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()),
                    "may take a pod away before its replacement is ready");
        }
        assertEquals(List.of(), violations);
    }

    /** Secrets exist only as secretGenerator output, never as a Secret written into a committed file. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretIsGenerated(String overlay) {
        List<String> plain = Overlays.render(overlay).all(Secret.class).stream().map(s -> s.getMetadata().getName())
                .filter(name -> !name.matches(".+-[a-z0-9]{10}")).toList();
        assertEquals(List.of(), plain);
    }

    @Test
    void noCommittedManifestIsASecret() throws IOException {
        Pattern secretKind = Pattern.compile("(?m)^kind:\\s*Secret\\s*$");
        try (Stream<Path> files = Files.walk(Overlays.K8S_DIR)) {
            List<Path> secrets = files.filter(f -> !f.startsWith(Overlays.K8S_DIR.resolve("target"))
                    && !f.startsWith(Overlays.K8S_DIR.resolve("schema-validation")))
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> secretKind.matcher(Overlays.read(f)).find()).toList();
            assertEquals(List.of(), secrets);
        }
    }

    /** Production Secrets come from files git ignores; only the *.example.env templates are committed. */
    @Test
    void prodSecretsComeFromIgnoredFiles() {
        Path prod = Overlays.K8S_DIR.resolve("overlays/prod");
        List<String> sources = Pattern.compile("envs: \\[([^]]+)]").matcher(Overlays.read(prod.resolve("kustomization.yaml")))
                .results().map(m -> m.group(1).trim()).toList();
        assertEquals(6, sources.size(), sources::toString);
        for (String source : sources) {
            assertTrue(source.endsWith(".env") && !source.endsWith(".example.env"), source);
            Overlays.Result ignored = Overlays.run(Overlays.REPOSITORY_DIR,
                    List.of("git", "check-ignore", "-q", "--no-index", "k8s/overlays/prod/" + source));
            assertEquals(0, ignored.exitCode(), () -> source + " is not ignored by git: " + ignored.output());
            assertTrue(Files.exists(prod.resolve(source.replace(".env", ".example.env"))), source + " has no example");
        }
    }

    /** dev runs the tag the build pushed; prod names each image by its digest, which no push can move. */
    static boolean imageIsPinned(String overlay, String module, String image) {
        return overlay.equals("dev") ? image.endsWith("/" + module + ":" + Overlays.projectVersion())
                : image.matches(".+/" + Pattern.quote(module) + "@sha256:[0-9a-f]{64}");
    }

    static Map<String, PodTemplateSpec> workloads(Overlays.Rendered rendered) {
        Map<String, PodTemplateSpec> pods = new LinkedHashMap<>();
        for (HasMetadata o : rendered.objects()) {
            PodTemplateSpec template = null;
            if (o instanceof Deployment d) {
                template = d.getSpec().getTemplate();
            } else if (o instanceof StatefulSet s) {
                template = s.getSpec().getTemplate();
            } else if (o instanceof DaemonSet d) {
                template = d.getSpec().getTemplate();
            } else if (o instanceof Job j) {
                template = j.getSpec().getTemplate();
            } else if (o instanceof CronJob c) {
                template = c.getSpec().getJobTemplate().getSpec().getTemplate();
            }
            if (template != null) {
                pods.put(o.getKind() + "/" + o.getMetadata().getName(), template);
            }
        }
        assertTrue(pods.size() >= 7, "the suite's workloads are rendered");
        return pods;
    }

    static List<Container> containers(PodSpec spec) {
        return Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream()).toList();
    }

    private static boolean mountsEmptyDirAt(PodSpec spec, Container c, String path) {
        return c.getVolumeMounts().stream().filter(m -> path.equals(m.getMountPath())).map(VolumeMount::getName)
                .anyMatch(name -> spec.getVolumes().stream().filter(v -> v.getName().equals(name))
                        .map(Volume::getEmptyDir).anyMatch(Objects::nonNull));
    }

    private static boolean httpProbe(Probe probe, String path) {
        return probe != null && probe.getHttpGet() != null && path.equals(probe.getHttpGet().getPath())
                && "http".equals(probe.getHttpGet().getPort().getStrVal());
    }

    /** The variable names a container sees: its env and the keys of the ConfigMaps and Secrets it imports whole. */
    static Set<String> environment(Overlays.Rendered rendered, Container c) {
        Set<String> names = new TreeSet<>(c.getEnv().stream().map(EnvVar::getName).toList());
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                names.addAll(rendered.named(ConfigMap.class, from.getConfigMapRef().getName()).getData().keySet());
            }
            if (from.getSecretRef() != null) {
                Secret secret = rendered.named(Secret.class, from.getSecretRef().getName());
                names.addAll(secret.getData().keySet());
            }
        }
        return names;
    }

    static void check(List<String> violations, String where, boolean ok, String problem) {
        if (!ok) {
            violations.add(where + " " + problem);
        }
    }
}
