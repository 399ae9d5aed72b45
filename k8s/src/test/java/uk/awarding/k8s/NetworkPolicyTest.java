package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates the rendered NetworkPolicies as a cluster would, for every pair of the suite's pods (and the edge), and
 * compares who may reach whom with the intended graph: only the edge reaches the services and Keycloak; each
 * service reaches MariaDB, Keycloak and the peers it calls; the release Jobs and the backup reach MariaDB (the
 * migrations Keycloak too); the exam-day Jobs reach the services to warm them up; nothing else connects.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Overlays.ALL;

    /** Who calls whom (the services' REST clients, docs/architecture.md). */
    static final Map<String, List<String>> CALLS = Map.of(
            "catalogue-service", List.of(),
            "registration-service", List.of("catalogue-service", "test-engine-service"),
            "test-engine-service", List.of("registration-service", "catalogue-service", "certification-service"),
            "certification-service", List.of("registration-service", "catalogue-service", "test-engine-service"));

    /** A pod as network policies see it: its namespace's labels, its labels and its named container ports. */
    record Pod(String name, Map<String, String> namespaceLabels, String namespace, Map<String, String> labels,
            Map<String, Integer> namedPorts, int port, String protocol) {
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheIntendedConnectionsAreAllowed(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        String namespace = rendered.all(Namespace.class).get(0).getMetadata().getName();
        List<Pod> pods = new ArrayList<>(suitePods(rendered, namespace));
        pods.add(edge(overlay));
        List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class);

        Set<String> allowed = new TreeSet<>();
        for (Pod from : pods) {
            for (Pod to : pods) {
                if (from != to && allows(policies, namespace, from, to)) {
                    allowed.add(from.name() + " -> " + to.name());
                }
            }
        }
        assertEquals(expected(), allowed);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodResolvesNames(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        String namespace = rendered.all(Namespace.class).get(0).getMetadata().getName();
        Pod dns = new Pod("kube-dns", Map.of("kubernetes.io/metadata.name", "kube-system"), "kube-system",
                Map.of("k8s-app", "kube-dns"), Map.of(), 53, "UDP");
        List<String> cannot = suitePods(rendered, namespace).stream()
                .filter(p -> !allows(rendered.all(NetworkPolicy.class), namespace, p, dns)).map(Pod::name).toList();
        assertEquals(List.of(), cannot);
    }

    private static Set<String> expected() {
        Set<String> expected = new TreeSet<>();
        CALLS.forEach((service, peers) -> {
            expected.add("edge -> " + service);
            expected.add(service + " -> mariadb");
            expected.add(service + " -> keycloak");
            peers.forEach(peer -> expected.add(service + " -> " + peer));
        });
        expected.add("edge -> keycloak");
        expected.add("keycloak -> mariadb");
        expected.add("mariadb-init -> mariadb");
        expected.add("mariadb-backup -> mariadb");
        CALLS.keySet().forEach(service -> {
            expected.add(service + "-migrate -> mariadb");
            expected.add(service + "-migrate -> keycloak");
            expected.add("exam-day-scaler -> " + service);
        });
        return expected;
    }

    /** The ingress controller's pods, in the namespace the overlay's edge policy is written for. */
    private static Pod edge(String overlay) {
        Map<String, String> namespaceLabels = !Overlays.INGRESS_NGINX.contains(overlay)
                ? Map.of("kubernetes.io/metadata.name", "envoy-gateway-system", "awarding.uk/edge", "true")
                : Map.of("kubernetes.io/metadata.name", "ingress-nginx");
        return new Pod("edge", namespaceLabels, namespaceLabels.get("kubernetes.io/metadata.name"),
                Map.of("app.kubernetes.io/name", "edge-proxy"), Map.of(), 80, "TCP");
    }

    private static List<Pod> suitePods(Overlays.Rendered rendered, String namespace) {
        Map<String, String> namespaceLabels = Map.of("kubernetes.io/metadata.name", namespace);
        Function<PodTemplateSpec, Pod> pod = template -> {
            Map<String, Integer> ports = new java.util.HashMap<>();
            for (Container c : template.getSpec().getContainers()) {
                for (ContainerPort p : c.getPorts()) {
                    ports.put(p.getName(), p.getContainerPort());
                }
            }
            List<ContainerPort> main = template.getSpec().getContainers().get(0).getPorts();
            return new Pod(template.getMetadata().getLabels().get("app.kubernetes.io/name"), namespaceLabels, namespace,
                    template.getMetadata().getLabels(), ports, main.isEmpty() ? 0 : main.get(0).getContainerPort(), "TCP");
        };
        return Stream.of(
                rendered.all(Deployment.class).stream().map(d -> d.getSpec().getTemplate()),
                rendered.all(StatefulSet.class).stream().map(s -> s.getSpec().getTemplate()),
                rendered.all(Job.class).stream().map(j -> j.getSpec().getTemplate()),
                rendered.all(CronJob.class).stream().map(c -> c.getSpec().getJobTemplate().getSpec().getTemplate()))
                .flatMap(s -> s).map(pod).toList();
    }

    /** A connection needs the source's egress (if the source is governed here) and the destination's ingress. */
    private static boolean allows(List<NetworkPolicy> policies, String namespace, Pod from, Pod to) {
        return (!from.namespace().equals(namespace) || direction(policies, from, to, to, "Egress"))
                && (!to.namespace().equals(namespace) || direction(policies, to, from, to, "Ingress"));
    }

    /** Whether the policies selecting {@code subject} let traffic to or from {@code peer} through to {@code dest}. */
    private static boolean direction(List<NetworkPolicy> policies, Pod subject, Pod peer, Pod dest, String type) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains(type)
                        && matches(p.getSpec().getPodSelector(), subject.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            String policyNamespace = subject.namespace();
            if (type.equals("Ingress")) {
                for (var rule : policy.getSpec().getIngress()) {
                    if (peers(rule.getFrom(), policyNamespace, peer) && ports(rule.getPorts(), dest)) {
                        return true;
                    }
                }
            } else {
                for (var rule : policy.getSpec().getEgress()) {
                    if (peers(rule.getTo(), policyNamespace, peer) && ports(rule.getPorts(), dest)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean peers(List<NetworkPolicyPeer> peers, String policyNamespace, Pod pod) {
        if (peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? pod.namespace().equals(policyNamespace)
                    : matches(peer.getNamespaceSelector(), pod.namespaceLabels());
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
            if (peer.getIpBlock() == null && namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Pod dest) {
        if (ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort port : ports) {
            String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
            IntOrString value = port.getPort();
            Integer number = value == null ? Integer.valueOf(dest.port())
                    : value.getIntVal() != null ? value.getIntVal() : dest.namedPorts().get(value.getStrVal());
            if (protocol.equals(dest.protocol()) && number != null && number == dest.port()) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
