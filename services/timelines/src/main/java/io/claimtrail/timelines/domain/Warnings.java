package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.timelines.client.CalleeRefused;

import java.util.ArrayList;
import java.util.List;

/** What an assembly could not show, in words; any warning makes it degraded. Safe to add to from any thread. */
final class Warnings {

    private final List<String> said = new ArrayList<>();

    synchronized void add(String warning) {
        said.add(warning);
    }

    /** Adds the warning unless one starting with {@code prefix} was given already. */
    synchronized void once(String prefix, String warning) {
        if (said.stream().noneMatch(w -> w.startsWith(prefix))) {
            said.add(warning);
        }
    }

    synchronized List<String> all() {
        return List.copyOf(said);
    }

    /** Why a service gave nothing, in a warning that starts with the service's name. */
    static String failure(String service, Throwable e) {
        if (e instanceof CalleeRefused refused) {
            return service + " refused the caller's token: " + refused.getMessage();
        }
        return service + " unavailable: " + ServiceUnavailable.describe(e);
    }
}
