package io.claimtrail.timelines.domain.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.ImportGateway;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.timelines.domain.Audited;
import io.claimtrail.timelines.domain.EventDraft;
import io.claimtrail.timelines.domain.EventService;
import io.claimtrail.timelines.domain.TimelineDraft;
import io.claimtrail.timelines.domain.TimelineService;
import io.claimtrail.timelines.store.EventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.claimtrail.timelines.domain.bundle.Bundle.orEmpty;

/**
 * Imports a story bundle through the other services' APIs, in order: sources (parents first), claims, their
 * transitions, relations, the timeline, its events. Idempotent: sources are matched by slug, else by name or alias;
 * claims by source, text and statedOn; transitions by status, effective date and reason; relations by their ends
 * and type; the timeline by slug; events by title and date. An invalid bundle is refused before anything is written.
 */
@ApplicationScoped
public class BundleImporter {

    private final ImportGateway gateway;
    private final TimelineService timelines;
    private final EventService events;
    private final EventRepository eventStore;
    private final ObjectMapper json;
    private final Validator limits;

    public BundleImporter(ImportGateway gateway, TimelineService timelines, EventService events,
            EventRepository eventStore, ObjectMapper json, Validator limits) {
        this.gateway = gateway;
        this.timelines = timelines;
        this.events = events;
        this.eventStore = eventStore;
        this.json = json;
        this.limits = limits;
    }

    /** Ids given to the bundle's refs as the import goes. */
    private record Ids(Map<String, UUID> sources, Map<String, UUID> claims) {
    }

    public Uni<ImportReport> importBundle(Bundle bundle) {
        List<FieldProblem> problems = BundleValidator.check(bundle, limits);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        ImportReport report = ImportReport.empty();
        Ids ids = new Ids(new HashMap<>(), new HashMap<>());
        return each(BundleValidator.SourceOrder.of(orEmpty(bundle.sources())), s -> source(s, ids, report))
                .chain(() -> each(orEmpty(bundle.claims()), c -> claim(c, ids, report)))
                .chain(() -> each(orEmpty(bundle.claims()), c -> transitions(c, ids, report)))
                .chain(() -> each(orEmpty(bundle.relations()), r -> relation(r, ids, report)))
                .chain(() -> timeline(bundle.timeline(), ids))
                .chain(timeline -> each(orEmpty(bundle.events()), e -> event(e, timeline, ids, report))
                        .map(x -> report.withTimeline(timeline)))
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> ServiceUnavailable.of("sources or claims", e));
    }

    private static <T> Uni<Void> each(List<T> items, java.util.function.Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(step::apply).collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> source(Bundle.Source source, Ids ids, ImportReport report) {
        Uni<Optional<JsonNode>> bySlug = source.slug() == null ? Uni.createFrom().item(Optional.empty())
                : gateway.sourceBySlug(source.slug());
        return bySlug.chain(found -> found.isPresent() ? Uni.createFrom().item(match(found.get(), "slug"))
                        : gateway.resolveSource(source.name()).map(named -> named.map(n -> match(n, "name")).orElse(null)))
                .chain(matched -> matched != null ? Uni.createFrom().item(matched) : byAlias(orEmpty(source.aliases()), 0))
                .chain(matched -> matched != null ? Uni.createFrom().item(matched)
                        : gateway.createSource(sourceBody(source, ids)).map(created -> new Found(id(created), null)))
                .invoke(found -> {
                    ids.sources().put(source.ref(), found.id());
                    report.sources().add(new ImportReport.Item(source.ref(), found.id(),
                            found.matchedBy() == null ? ImportReport.Outcome.CREATED : ImportReport.Outcome.MATCHED,
                            found.matchedBy()));
                }).replaceWithVoid();
    }

    private record Found(UUID id, String matchedBy) {
    }

    private static Found match(JsonNode node, String by) {
        return new Found(id(node), by);
    }

    private Uni<Found> byAlias(List<String> aliases, int index) {
        if (index == aliases.size()) {
            return Uni.createFrom().nullItem();
        }
        return gateway.resolveSource(aliases.get(index)).chain(found -> found.isPresent()
                ? Uni.createFrom().item(match(found.get(), "alias")) : byAlias(aliases, index + 1));
    }

    private Uni<Void> claim(Bundle.Claim claim, Ids ids, ImportReport report) {
        UUID sourceId = ids.sources().get(claim.sourceRef());
        return existingClaim(sourceId, claim.text().strip(), claim.statedOn(), 0)
                .chain(existing -> existing != null ? Uni.createFrom().item(new Found(existing, "source, text and statedOn"))
                        : gateway.createClaim(claimBody(claim, ids)).map(created -> new Found(id(created), null)))
                .invoke(found -> {
                    ids.claims().put(claim.ref(), found.id());
                    report.claims().add(new ImportReport.Item(claim.ref(), found.id(),
                            found.matchedBy() == null ? ImportReport.Outcome.CREATED : ImportReport.Outcome.MATCHED,
                            found.matchedBy()));
                }).replaceWithVoid();
    }

    /** The claim of this source with the same text and statedOn, paging through the source's claims. */
    private Uni<UUID> existingClaim(UUID sourceId, String text, String statedOn, int page) {
        return gateway.claimsOfSource(sourceId.toString(), page).chain(found -> {
            for (JsonNode item : found.path("items")) {
                if (text.equals(item.path("text").asText()) && statedOn.equals(item.path("statedOn").asText())) {
                    return Uni.createFrom().item(id(item));
                }
            }
            boolean more = (long) (page + 1) * found.path("size").asInt(200) < found.path("total").asLong();
            return more ? existingClaim(sourceId, text, statedOn, page + 1) : Uni.createFrom().nullItem();
        });
    }

    private Uni<Void> transitions(Bundle.Claim claim, Ids ids, ImportReport report) {
        List<Bundle.Transition> moves = orEmpty(claim.transitions());
        if (moves.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String claimId = ids.claims().get(claim.ref()).toString();
        return gateway.history(claimId).chain(history -> each(moves, move -> {
            String ref = claim.ref() + "#" + moves.indexOf(move);
            for (JsonNode recorded : history) {
                if (move.to().equals(recorded.path("to").asText()) && move.effectiveOn().equals(recorded.path("effectiveOn").asText())
                        && move.reason().strip().equals(recorded.path("reason").asText())) {
                    report.transitions().add(new ImportReport.Item(ref, id(recorded), ImportReport.Outcome.MATCHED,
                            "status, effectiveOn and reason"));
                    return Uni.createFrom().voidItem();
                }
            }
            return gateway.claim(claimId)
                    .chain(current -> gateway.transition(claimId, current.path("version").asLong(), transitionBody(move, ids)))
                    .chain(after -> gateway.history(claimId))
                    .invoke(after -> report.transitions().add(new ImportReport.Item(ref,
                            id(after.get(after.size() - 1)), ImportReport.Outcome.CREATED, null)));
        }));
    }

    private Uni<Void> relation(Bundle.Relation relation, Ids ids, ImportReport report) {
        String from = ids.claims().get(relation.fromRef()).toString();
        String to = ids.claims().get(relation.toRef()).toString();
        String ref = relation.fromRef() + " " + relation.type() + " " + relation.toRef();
        return gateway.relations(from).chain(existing -> {
            for (JsonNode link : existing) {
                if ("OUTGOING".equals(link.path("direction").asText()) && relation.type().equals(link.path("type").asText())
                        && to.equals(link.path("otherClaimId").asText())) {
                    report.relations().add(new ImportReport.Item(ref, id(link), ImportReport.Outcome.MATCHED, "ends and type"));
                    return Uni.createFrom().voidItem();
                }
            }
            ObjectNode body = json.createObjectNode().put("type", relation.type()).put("targetId", to);
            if (relation.note() != null) {
                body.put("note", relation.note());
            }
            return gateway.relate(from, body).invoke(created ->
                    report.relations().add(new ImportReport.Item(ref, id(created), ImportReport.Outcome.CREATED, null)))
                    .replaceWithVoid();
        });
    }

    private Uni<ImportReport.Item> timeline(Bundle.Timeline timeline, Ids ids) {
        return timelines.findBySlug(timeline.slug() == null ? io.claimtrail.common.text.Slugs.derive(timeline.title()) : timeline.slug())
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(new ImportReport.Item(existing.slug, existing.id,
                                ImportReport.Outcome.MATCHED, "slug"));
                    }
                    TimelineDraft draft = new TimelineDraft(timeline.slug(), timeline.title(), timeline.summary(),
                            timeline.topics(), orEmpty(timeline.pinnedClaimRefs()).stream().map(ids.claims()::get).toList(),
                            orEmpty(timeline.eras()).stream().map(era -> new TimelineDraft.EraDraft(era.name(),
                                    PartialDate.parse(era.start()), PartialDate.parse(era.end()))).toList());
                    return timelines.create(draft, Audited.IMPORTED).map(created -> new ImportReport.Item(created.slug, created.id,
                            ImportReport.Outcome.CREATED, null));
                });
    }

    private Uni<Void> event(Bundle.Event event, ImportReport.Item timeline, Ids ids, ImportReport report) {
        return existingEvent(timeline.id(), event.title().strip(), event.occurred()).chain(existing -> {
            if (existing != null) {
                report.events().add(new ImportReport.Item(event.ref(), existing, ImportReport.Outcome.MATCHED, "title and occurred"));
                return Uni.createFrom().voidItem();
            }
            EventDraft draft = new EventDraft(event.title(), event.description(), PartialDate.parse(event.occurred()),
                    event.place(), orEmpty(event.sourceRefs()).stream().map(ids.sources()::get).toList(),
                    orEmpty(event.claimRefs()).stream().map(ids.claims()::get).toList());
            return events.create(timeline.id().toString(), draft, Audited.IMPORTED).invoke(created ->
                    report.events().add(new ImportReport.Item(event.ref(), created.id, ImportReport.Outcome.CREATED, null)))
                    .replaceWithVoid();
        });
    }

    @WithSession
    Uni<UUID> existingEvent(UUID timelineId, String title, String occurred) {
        return eventStore.findByTitleAndDate(timelineId, title, occurred).map(found -> found == null ? null : found.id);
    }

    private JsonNode sourceBody(Bundle.Source source, Ids ids) {
        ObjectNode body = json.createObjectNode();
        putIf(body, "slug", source.slug());
        body.put("name", source.name());
        body.put("kind", source.kind());
        ArrayNode aliases = body.putArray("aliases");
        orEmpty(source.aliases()).forEach(aliases::add);
        putIf(body, "country", source.country());
        putIf(body, "homepage", source.homepage());
        putIf(body, "description", source.description());
        putIf(body, "reliability", source.reliability());
        if (source.stateAffiliated() != null) {
            body.put("stateAffiliated", source.stateAffiliated());
        }
        ArrayNode links = body.putArray("affiliations");
        for (Bundle.Affiliation link : orEmpty(source.affiliations())) {
            ObjectNode node = links.addObject().put("parentId", ids.sources().get(link.parentRef()).toString());
            putIf(node, "role", link.role());
            putIf(node, "from", link.from());
            putIf(node, "to", link.to());
        }
        return body;
    }

    private JsonNode claimBody(Bundle.Claim claim, Ids ids) {
        ObjectNode body = json.createObjectNode();
        body.put("text", claim.text().strip());
        putIf(body, "quote", claim.quote());
        putIf(body, "language", claim.language());
        body.put("sourceId", ids.sources().get(claim.sourceRef()).toString());
        body.put("statedOn", claim.statedOn());
        ArrayNode topics = body.putArray("topics");
        orEmpty(claim.topics()).forEach(topics::add);
        body.put("kind", claim.kind());
        putIf(body, "resolvesBy", claim.resolvesBy());
        if (claim.credibility() != null) {
            body.put("credibility", claim.credibility());
        }
        ArrayNode appearances = body.putArray("appearances");
        for (Bundle.Appearance appearance : orEmpty(claim.appearances())) {
            ObjectNode node = appearances.addObject().put("url", appearance.url());
            if (appearance.publisherRef() != null) {
                node.put("publisherId", ids.sources().get(appearance.publisherRef()).toString());
            }
            putIf(node, "publishedOn", appearance.publishedOn());
            putIf(node, "retrievedAt", appearance.retrievedAt());
            putIf(node, "quote", appearance.quote());
        }
        return body;
    }

    private JsonNode transitionBody(Bundle.Transition move, Ids ids) {
        ObjectNode body = json.createObjectNode().put("to", move.to()).put("reason", move.reason().strip())
                .put("effectiveOn", move.effectiveOn());
        if (move.credibility() != null) {
            body.put("credibility", move.credibility());
        }
        putIf(body, "evidenceUrl", move.evidenceUrl());
        if (move.evidenceClaimRef() != null) {
            body.put("evidenceClaimId", ids.claims().get(move.evidenceClaimRef()).toString());
        }
        return body;
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static UUID id(JsonNode node) {
        return UUID.fromString(node.path("id").asText());
    }
}
