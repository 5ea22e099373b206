package io.claimtrail.timelines.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Everything the story page shows of one claim, asked of the claims service in four calls at once: the claim (its
 * appearances), its history, its relations both ways and its evidence assessment, each as of the view. A call that
 * fails leaves its part empty and a warning; an assessment the claims service does not offer (404) is simply absent.
 */
@ApplicationScoped
public class ClaimPanels {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ClaimPanelClient client;

    public ClaimPanels(@RestClient ClaimPanelClient client) {
        this.client = client;
    }

    /** The parts of the panel; null parts could not be read, {@code warnings} say why. */
    public record Panel(JsonNode claim, JsonNode history, JsonNode relations, JsonNode assessment,
            boolean assessmentOffered, List<String> warnings) {
    }

    public Uni<Panel> of(UUID claimId, AsOf view) {
        String id = claimId.toString();
        String day = view.day() == null ? null : view.day().toString();
        String known = view.knownAt() == null ? null : view.knownAt().toString();
        List<String> warnings = new ArrayList<>();
        boolean[] offered = {true};
        return Uni.combine().all().unis(
                        part("the claim and its appearances", client.claim(id, day, known), warnings, null),
                        part("its history", client.history(id, day, known), warnings, null),
                        part("its relations", client.relations(id, day, known), warnings, null),
                        part("the evidence assessment", client.assessment(id, day, known), warnings, offered))
                .with((claim, history, relations, assessment) -> new Panel(claim, history, relations, assessment,
                        offered[0], List.copyOf(warnings)));
    }

    private static Uni<JsonNode> part(String what, Uni<JsonNode> call, List<String> warnings, boolean[] offered) {
        return call.ifNoItem().after(TIMEOUT).fail().onFailure().recoverWithItem(e -> {
            if (offered != null && e instanceof WebApplicationException web && web.getResponse().getStatus() == 404) {
                offered[0] = false;
                return null;
            }
            String why = e instanceof CalleeRefused ? "the claims service refused the caller's token"
                    : "claims unavailable: " + ServiceUnavailable.describe(e);
            synchronized (warnings) {
                warnings.add(what + " missing (" + why + ")");
            }
            return null;
        });
    }
}
