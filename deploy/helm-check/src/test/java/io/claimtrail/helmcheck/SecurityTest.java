package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No pod runs as root or can gain privileges; the services write nowhere but an emptyDir at /tmp. */
class SecurityTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void noContainerRunsAsRootOrCanGainPrivileges(RenderedSet set) {
        set.podTemplates().forEach((workload, template) -> {
            PodSpec pod = template.getSpec();
            PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
            for (Container container : pod.getContainers()) {
                String where = set + ": " + workload + " container " + container.getName();
                SecurityContext context = container.getSecurityContext();
                assertNotNull(context, where + ": no securityContext");
                // The container's settings win over the pod's, as in the kubelet.
                Boolean nonRoot = context.getRunAsNonRoot() != null ? context.getRunAsNonRoot() : podContext.getRunAsNonRoot();
                Long user = context.getRunAsUser() != null ? context.getRunAsUser() : podContext.getRunAsUser();
                assertEquals(Boolean.TRUE, nonRoot, where + ": runAsNonRoot");
                assertNotNull(user, where + ": runAsUser is not set");
                assertNotEquals(0L, user, where + ": runs as root");
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), where + ": readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), where + ": allowPrivilegeEscalation");
                assertTrue(context.getCapabilities() != null && context.getCapabilities().getDrop().contains("ALL"),
                        where + ": capabilities do not drop ALL");
                String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType()
                        : podContext.getSeccompProfile() != null ? podContext.getSeccompProfile().getType() : null;
                assertEquals("RuntimeDefault", seccomp, where + ": seccompProfile");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void servicesWriteOnlyToAnEmptyDirAtTmp(RenderedSet set) {
        for (Deployment deployment : set.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String where = set + ": Deployment " + deployment.getMetadata().getName();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), where + ": mounts an API token");
            for (Container container : pod.getContainers()) {
                for (VolumeMount mount : container.getVolumeMounts()) {
                    Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                            .orElseThrow(() -> new AssertionError(where + ": no volume " + mount.getName()));
                    if (volume.getEmptyDir() != null) {
                        assertEquals("/tmp", mount.getMountPath(), where + ": an emptyDir is mounted outside /tmp");
                    }
                }
            }
        }
    }
}
