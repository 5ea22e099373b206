package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a resource names exists: in the same output, or as the existing Secret the values document. */
class ReferencesTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everySecretAndConfigMapReferenceExists(RenderedSet set) {
        Set<String> secrets = names(set.all(Secret.class));
        secrets.addAll(set.documentedExistingSecrets());
        Set<String> configMaps = names(set.all(ConfigMap.class));
        set.podTemplates().forEach((workload, template) -> {
            PodSpec pod = template.getSpec();
            for (Container container : pod.getContainers()) {
                String where = set + ": " + workload + " container " + container.getName();
                for (EnvVar env : container.getEnv()) {
                    EnvVarSource from = env.getValueFrom();
                    if (from != null && from.getSecretKeyRef() != null) {
                        assertIn(secrets, from.getSecretKeyRef().getName(), where + " env " + env.getName());
                        assertKey(set, from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), where);
                    }
                    if (from != null && from.getConfigMapKeyRef() != null) {
                        assertIn(configMaps, from.getConfigMapKeyRef().getName(), where + " env " + env.getName());
                    }
                }
                for (EnvFromSource from : container.getEnvFrom()) {
                    if (from.getSecretRef() != null) {
                        assertIn(secrets, from.getSecretRef().getName(), where + " envFrom");
                    }
                    if (from.getConfigMapRef() != null) {
                        assertIn(configMaps, from.getConfigMapRef().getName(), where + " envFrom");
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    assertIn(secrets, volume.getSecret().getSecretName(), set + ": " + workload + " volume " + volume.getName());
                }
                if (volume.getConfigMap() != null) {
                    assertIn(configMaps, volume.getConfigMap().getName(), set + ": " + workload + " volume " + volume.getName());
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void serviceAccountsAutoscalersAndBudgetsFindTheirTargets(RenderedSet set) {
        Set<String> accounts = names(set.all(ServiceAccount.class));
        for (Deployment deployment : set.all(Deployment.class)) {
            assertIn(accounts, deployment.getSpec().getTemplate().getSpec().getServiceAccountName(),
                    set + ": Deployment " + deployment.getMetadata().getName() + " serviceAccountName");
        }
        Set<String> deployments = names(set.all(Deployment.class));
        for (HorizontalPodAutoscaler hpa : set.all(HorizontalPodAutoscaler.class)) {
            assertIn(deployments, hpa.getSpec().getScaleTargetRef().getName(), set + ": HPA " + hpa.getMetadata().getName());
            Deployment target = set.find(Deployment.class, hpa.getSpec().getScaleTargetRef().getName()).orElseThrow();
            assertTrue(target.getSpec().getReplicas() == null,
                    set + ": Deployment " + target.getMetadata().getName() + " sets replicas although an HPA scales it");
        }
        for (PodDisruptionBudget pdb : set.all(PodDisruptionBudget.class)) {
            var selector = pdb.getSpec().getSelector().getMatchLabels();
            assertTrue(set.podTemplates().values().stream()
                            .anyMatch(t -> t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())),
                    set + ": PodDisruptionBudget " + pdb.getMetadata().getName() + " selects no pods");
        }
    }

    private static void assertKey(RenderedSet set, String secretName, String key, String where) {
        set.find(Secret.class, secretName).ifPresent(secret -> assertTrue(
                secret.getData() != null && secret.getData().containsKey(key),
                where + ": Secret " + secretName + " has no key " + key));
    }

    private static void assertIn(Set<String> known, String name, String where) {
        assertTrue(known.contains(name), where + " names " + name + ", which is not rendered (known: " + known + ")");
    }

    private static Set<String> names(List<? extends HasMetadata> resources) {
        Set<String> names = new HashSet<>();
        resources.forEach(resource -> names.add(resource.getMetadata().getName()));
        return names;
    }
}
