package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stopping service pod first leaves the endpoints (preStop sleep), then Quarkus finishes the requests in flight
 * (QUARKUS_SHUTDOWN_TIMEOUT), all within terminationGracePeriodSeconds, so that a rollout drops no request.
 */
class ShutdownTest {

    private static final Pattern SECONDS = Pattern.compile("^([0-9]+)s$");

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void preStopAndShutdownFitInTheGracePeriod(RenderedSet set) {
        for (Deployment deployment : set.all(Deployment.class)) {
            String where = set + ": Deployment " + deployment.getMetadata().getName();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertNotNull(container.getLifecycle(), where + ": no preStop");
            List<String> command = container.getLifecycle().getPreStop().getExec().getCommand();
            assertEquals("sleep", command.get(0), where + ": preStop " + command);
            int sleep = Integer.parseInt(command.get(1));
            assertTrue(sleep >= 1, where + ": preStop sleeps " + sleep + " s, too short for the endpoints to follow");
            String timeout = set.configOf(deployment).getData().get("QUARKUS_SHUTDOWN_TIMEOUT");
            assertNotNull(timeout, where + ": no QUARKUS_SHUTDOWN_TIMEOUT: Quarkus would not wait for requests in flight");
            Matcher seconds = SECONDS.matcher(timeout);
            assertTrue(seconds.matches(), where + ": QUARKUS_SHUTDOWN_TIMEOUT " + timeout);
            long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            assertTrue(grace > sleep + Long.parseLong(seconds.group(1)), where + ": terminationGracePeriodSeconds " + grace
                    + " leaves no time after preStop " + sleep + " s and shutdown " + timeout);
        }
    }
}
