package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

/**
 * Applies each rendered overlay to the fabric8 mock API server (CRUD mode), then reads the suite back through the
 * API and checks it hangs together: every ConfigMap, Secret and key a pod uses exists under the name kustomize
 * gave it, every Service selects pods, every route, autoscaler and budget points at something that exists.
 */
@EnableKubernetesMockClient(crud = true)
class MockClusterApplyTest {

    static final List<String> OVERLAYS = Overlays.ALL;

    /** One mock server for the class: each overlay is applied into a namespace of its own. */
    static KubernetesClient client;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theAppliedSuiteReferencesOnlyWhatExists(String overlay) {
        Overlays.Rendered rendered = Overlays.render(overlay);
        String ns = "applied-" + overlay;
        for (HasMetadata object : rendered.objects()) {
            HasMetadata copy = Overlays.SERIALIZATION.clone(object);
            if (copy instanceof Namespace) {
                copy.getMetadata().setName(ns);
            } else {
                copy.getMetadata().setNamespace(ns);
            }
            client.resource(copy).create();
        }
        List<String> dangling = new ArrayList<>();

        List<PodTemplateSpec> pods = Stream.of(
                client.apps().deployments().inNamespace(ns).list().getItems().stream().map(d -> d.getSpec().getTemplate()),
                client.apps().statefulSets().inNamespace(ns).list().getItems().stream().map(s -> s.getSpec().getTemplate()),
                client.batch().v1().jobs().inNamespace(ns).list().getItems().stream().map(j -> j.getSpec().getTemplate()))
                .flatMap(s -> s).toList();
        assertEquals(
                rendered.all(Deployment.class).size() + rendered.all(StatefulSet.class).size() + rendered.all(Job.class).size(),
                pods.size(), "every workload was stored");
        for (PodTemplateSpec pod : pods) {
            checkReferences(ns, pod.getSpec(), pod.getMetadata().getLabels().get("app.kubernetes.io/name"), dangling);
        }
        for (Service service : client.services().inNamespace(ns).list().getItems()) {
            if (pods.stream().noneMatch(p -> selects(service.getSpec().getSelector(), p))) {
                dangling.add("Service " + service.getMetadata().getName() + " selects no pods");
            }
        }
        for (Ingress ingress : client.network().v1().ingresses().inNamespace(ns).list().getItems()) {
            ingress.getSpec().getRules()
                    .forEach(rule -> rule.getHttp().getPaths()
                            .forEach(path -> servicePort(ns, path.getBackend().getService().getName(),
                                    path.getBackend().getService().getPort().getNumber(),
                                    "Ingress " + ingress.getMetadata().getName(), dangling)));
        }
        for (HTTPRoute route : client.resources(HTTPRoute.class).inNamespace(ns).list().getItems()) {
            route.getSpec().getRules().forEach(rule -> rule.getBackendRefs().forEach(ref -> servicePort(ns, ref.getName(),
                    ref.getPort(), "HTTPRoute " + route.getMetadata().getName(), dangling)));
        }
        for (HorizontalPodAutoscaler hpa : client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(ns).list()
                .getItems()) {
            if (client.apps().deployments().inNamespace(ns).withName(hpa.getSpec().getScaleTargetRef().getName())
                    .get() == null) {
                dangling.add("HorizontalPodAutoscaler " + hpa.getMetadata().getName() + " scales nothing");
            }
        }
        client.policy().v1().podDisruptionBudget().inNamespace(ns).list().getItems().forEach(pdb -> {
            if (pods.stream().noneMatch(p -> selects(pdb.getSpec().getSelector().getMatchLabels(), p))) {
                dangling.add("PodDisruptionBudget " + pdb.getMetadata().getName() + " covers no pods");
            }
        });
        assertEquals(List.of(), dangling);
    }

    private void checkReferences(String ns, PodSpec spec, String pod, List<String> dangling) {
        for (Volume volume : spec.getVolumes()) {
            if (volume.getConfigMap() != null && configMap(ns, volume.getConfigMap().getName()) == null) {
                dangling.add(pod + ": volume " + volume.getName() + " ConfigMap " + volume.getConfigMap().getName());
            }
        }
        for (Container c : Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream()).toList()) {
            c.getEnvFrom().forEach(from -> {
                if (from.getConfigMapRef() != null && configMap(ns, from.getConfigMapRef().getName()) == null) {
                    dangling.add(pod + ": envFrom ConfigMap " + from.getConfigMapRef().getName());
                }
                if (from.getSecretRef() != null && secret(ns, from.getSecretRef().getName()) == null) {
                    dangling.add(pod + ": envFrom Secret " + from.getSecretRef().getName());
                }
            });
            c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .map(e -> e.getValueFrom().getSecretKeyRef()).forEach(ref -> {
                        Secret secret = secret(ns, ref.getName());
                        if (secret == null || !secret.getData().containsKey(ref.getKey())) {
                            dangling.add(pod + ": Secret key " + ref.getName() + "/" + ref.getKey());
                        }
                    });
        }
    }

    private void servicePort(String ns, String name, Integer port, String from, List<String> dangling) {
        Service service = client.services().inNamespace(ns).withName(name).get();
        if (service == null || service.getSpec().getPorts().stream().noneMatch(p -> p.getPort().equals(port))) {
            dangling.add(from + " sends to " + name + ":" + port + ", which does not exist");
        }
    }

    private ConfigMap configMap(String ns, String name) {
        return client.configMaps().inNamespace(ns).withName(name).get();
    }

    private Secret secret(String ns, String name) {
        return client.secrets().inNamespace(ns).withName(name).get();
    }

    private static boolean selects(Map<String, String> selector, PodTemplateSpec pod) {
        return selector != null && !selector.isEmpty()
                && pod.getMetadata().getLabels().entrySet().containsAll(selector.entrySet());
    }
}
