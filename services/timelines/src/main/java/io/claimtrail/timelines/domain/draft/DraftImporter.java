package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.timelines.client.ImportGateway;
import io.claimtrail.timelines.client.SourceDirectory;
import io.claimtrail.timelines.client.SourceSummary;
import io.claimtrail.timelines.domain.Audited;
import io.claimtrail.timelines.domain.Timeline;
import io.claimtrail.timelines.domain.TimelineDraft;
import io.claimtrail.timelines.domain.TimelineService;
import io.claimtrail.timelines.domain.bundle.Bundle;
import io.claimtrail.timelines.domain.bundle.BundleImporter;
import io.claimtrail.timelines.domain.bundle.ImportReport;
import io.claimtrail.timelines.store.DraftRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a draft's accepted candidates into a timeline: new claims (and the sources to create) through the story
 * bundle import, the article as each claim's appearance; candidates attached to an existing claim add the article
 * to its appearances instead. Idempotent like the bundle import: a second run matches everything and writes nothing;
 * when a service fails midway, what was written is recorded per candidate and a re-run completes the rest.
 */
@ApplicationScoped
public class DraftImporter {

    private final DraftService drafts;
    private final DraftRepository store;
    private final BundleImporter bundles;
    private final ImportGateway gateway;
    private final SourceDirectory sources;
    private final TimelineService timelines;
    private final AuditLog audit;
    private final Clock clock;
    private final Caller caller;
    private final ObjectMapper json;

    public DraftImporter(DraftService drafts, DraftRepository store, BundleImporter bundles, ImportGateway gateway,
            SourceDirectory sources, TimelineService timelines, AuditLog audit, Clock clock, Caller caller,
            ObjectMapper json) {
        this.drafts = drafts;
        this.store = store;
        this.bundles = bundles;
        this.gateway = gateway;
        this.sources = sources;
        this.timelines = timelines;
        this.audit = audit;
        this.clock = clock;
        this.caller = caller;
        this.json = json;
    }

    /** What one run wrote for one candidate. */
    record Written(UUID claimId, UUID sourceId, DraftCandidate.Outcome outcome) {
    }

    public Uni<Draft> importDraft(UUID id, DraftImportRequest request) {
        if ((request.timeline() == null) == (request.newTimeline() == null)) {
            throw ProblemException.invalid("timeline", "give either timeline (an id or slug) or newTimeline");
        }
        return drafts.get(id).chain(draft -> {
            List<ExtractedCandidate> extracted = draft.candidates.stream()
                    .map(c -> DraftView.read(json, c.extracted, ExtractedCandidate.class)).toList();
            List<FieldProblem> problems = DraftRules.importProblems(draft, extracted);
            if (!problems.isEmpty()) {
                throw new ProblemException(409, "The draft is not ready to import: " + problems.size()
                        + " problem(s)", problems);
            }
            Uni<Timeline> target = request.timeline() == null ? Uni.createFrom().nullItem()
                    : timelines.get(request.timeline());
            return target.chain(existing -> {
                if (draft.timelineId != null && existing != null && !draft.timelineId.equals(existing.id)) {
                    throw ProblemException.conflict("The draft was imported into timeline " + draft.timelineId
                            + "; import it there again to complete it").with("timelineId", draft.timelineId);
                }
                return run(draft, extracted, existing, request.newTimeline());
            });
        });
    }

    private Uni<Draft> run(Draft draft, List<ExtractedCandidate> extracted, Timeline existing,
            DraftImportRequest.NewTimeline fresh) {
        List<String> timelineTopics = existing != null ? List.copyOf(existing.topics)
                : fresh.topics() == null ? List.of() : fresh.topics();
        Map<Integer, Written> written = new LinkedHashMap<>();
        UUID[] timelineId = new UUID[1];
        return lookupSources(draft, extracted)
                .chain(known -> {
                    DraftBundle plan = DraftBundle.of(draft, extracted, known, timelineTopics, existing, fresh, json);
                    return bundles.importBundle(plan.bundle()).invoke(report -> {
                        timelineId[0] = report.timeline().id();
                        collect(report, plan, written);
                    }).chain(report -> attachAll(draft, written))
                            .chain(() -> pin(timelineId[0], draft, written, plan));
                })
                .onFailure().call(failure -> written.isEmpty() ? Uni.createFrom().voidItem()
                        : record(draft.id, written, timelineId[0]).onFailure().recoverWithNull().replaceWithVoid())
                .chain(() -> record(draft.id, written, timelineId[0]));
    }

    /** The sources the bundle names by id: the speakers picked and the institutions of sources to create. */
    private Uni<Map<UUID, SourceSummary>> lookupSources(Draft draft, List<ExtractedCandidate> extracted) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < draft.candidates.size(); i++) {
            DraftCandidate c = draft.candidates.get(i);
            if (c.decision != DraftCandidate.Decision.ACCEPTED || c.attachToClaimId != null) {
                continue;
            }
            if (c.sourceId != null) {
                ids.add(c.sourceId);
            } else if (DraftRules.proposal(extracted.get(i)).institutionId() != null) {
                ids.add(DraftRules.proposal(extracted.get(i)).institutionId());
            }
        }
        return sources.find(ids, AsOf.NOW).onFailure().transform(e -> ServiceUnavailable.of("sources", e))
                .invoke(found -> {
                    List<FieldProblem> unknown = new ArrayList<>();
                    for (int i = 0; i < draft.candidates.size(); i++) {
                        DraftCandidate c = draft.candidates.get(i);
                        if (c.decision == DraftCandidate.Decision.ACCEPTED && c.attachToClaimId == null
                                && c.sourceId != null && !found.containsKey(c.sourceId)) {
                            unknown.add(new FieldProblem("candidates[" + i + "].sourceId", "no source with id " + c.sourceId));
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw new ProblemException(422, unknown.get(0).field() + ": " + unknown.get(0).message(), unknown);
                    }
                });
    }

    private static void collect(ImportReport report, DraftBundle plan, Map<Integer, Written> written) {
        Map<String, UUID> sourceIds = new HashMap<>();
        report.sources().forEach(item -> sourceIds.put(item.ref(), item.id()));
        for (ImportReport.Item item : report.claims()) {
            int index = plan.candidateOf(item.ref());
            written.put(index, new Written(item.id(), sourceIds.get(plan.sourceRefOf(index)),
                    item.outcome() == ImportReport.Outcome.CREATED ? DraftCandidate.Outcome.CLAIM_CREATED
                            : DraftCandidate.Outcome.CLAIM_MATCHED));
        }
    }

    /** The article as an appearance of each attached claim, unless the claim has it already (same URL). */
    private Uni<Void> attachAll(Draft draft, Map<Integer, Written> written) {
        List<Integer> attached = new ArrayList<>();
        for (int i = 0; i < draft.candidates.size(); i++) {
            DraftCandidate c = draft.candidates.get(i);
            if (c.decision == DraftCandidate.Decision.ACCEPTED && c.attachToClaimId != null) {
                attached.add(i);
            }
        }
        return Multi.createFrom().iterable(attached).onItem().transformToUniAndConcatenate(i -> {
            DraftCandidate c = draft.candidates.get(i);
            String claimId = c.attachToClaimId.toString();
            return gateway.claim(claimId).chain(claim -> {
                UUID sourceId = UUID.fromString(claim.path("sourceId").asText());
                for (JsonNode appearance : claim.path("appearances")) {
                    if (draft.url.equals(appearance.path("url").asText())) {
                        written.put(i, new Written(c.attachToClaimId, sourceId, DraftCandidate.Outcome.APPEARANCE_PRESENT));
                        return Uni.createFrom().voidItem();
                    }
                }
                return gateway.replaceClaim(claimId, claim.path("version").asLong(), withAppearance(claim, draft, c))
                        .invoke(() -> written.put(i, new Written(c.attachToClaimId, sourceId,
                                DraftCandidate.Outcome.APPEARANCE_ADDED))).replaceWithVoid();
            }).onFailure(e -> !(e instanceof ProblemException)).transform(e -> ServiceUnavailable.of("claims", e));
        }).collect().last().replaceWithVoid();
    }

    /** The claim as PUT takes it: its descriptive fields as read, and one more appearance. */
    private ObjectNode withAppearance(JsonNode claim, Draft draft, DraftCandidate c) {
        ObjectNode body = json.createObjectNode();
        for (String field : List.of("text", "quote", "language", "sourceId", "statedOn", "kind", "resolvesBy", "topics")) {
            if (claim.hasNonNull(field)) {
                body.set(field, claim.get(field));
            }
        }
        ArrayNode appearances = body.putArray("appearances");
        for (JsonNode appearance : claim.path("appearances")) {
            ObjectNode kept = appearances.addObject();
            for (String field : List.of("url", "publisherId", "publishedOn", "retrievedAt", "quote")) {
                if (appearance.hasNonNull(field)) {
                    kept.set(field, appearance.get(field));
                }
            }
        }
        ObjectNode added = appearances.addObject().put("url", draft.url).put("publishedOn", draft.publishedOn.toString());
        if (c.quote != null) {
            added.put("quote", c.quote);
        }
        return body;
    }

    /** Claims of the draft the timeline would not show by its topics are pinned to it (one write, if any). */
    private Uni<Void> pin(UUID timelineId, Draft draft, Map<Integer, Written> written, DraftBundle plan) {
        return timelines.get(timelineId.toString()).chain(timeline -> {
            List<UUID> missing = new ArrayList<>();
            Uni<Void> checks = Uni.createFrom().voidItem();
            List<Uni<Void>> attachedChecks = new ArrayList<>();
            for (Map.Entry<Integer, Written> entry : written.entrySet()) {
                UUID claim = entry.getValue().claimId();
                if (timeline.pinnedClaimIds.contains(claim) || missing.contains(claim)) {
                    continue;
                }
                DraftCandidate c = draft.candidates.get(entry.getKey());
                if (c.attachToClaimId == null) {
                    if (plan.topicsOf(entry.getKey()).stream().noneMatch(timeline.topics::contains)) {
                        missing.add(claim);
                    }
                } else {
                    attachedChecks.add(gateway.claim(claim.toString()).invoke(node -> {
                        List<String> topics = new ArrayList<>();
                        node.path("topics").forEach(t -> topics.add(t.asText()));
                        if (topics.stream().noneMatch(timeline.topics::contains) && !missing.contains(claim)) {
                            missing.add(claim);
                        }
                    }).replaceWithVoid());
                }
            }
            for (Uni<Void> check : attachedChecks) {
                checks = checks.chain(() -> check);
            }
            return checks.chain(() -> {
                if (missing.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                List<UUID> pinned = new ArrayList<>(timeline.pinnedClaimIds);
                pinned.addAll(missing);
                TimelineDraft update = new TimelineDraft(null, timeline.title, timeline.summary,
                        List.copyOf(timeline.topics), pinned, timeline.eras.stream()
                        .map(era -> new TimelineDraft.EraDraft(era.name, era.startDate(), era.endDate())).toList());
                return timelines.update(timeline.id, timeline.version, update).replaceWithVoid();
            });
        });
    }

    /** Records per candidate what was written; the draft and its audit change only when something new was. */
    @WithTransaction
    Uni<Draft> record(UUID id, Map<Integer, Written> written, UUID timelineId) {
        return store.findFull(id).chain(draft -> {
            DraftView before = drafts.view(draft);
            boolean changed = false;
            for (Map.Entry<Integer, Written> entry : written.entrySet()) {
                DraftCandidate c = draft.candidates.get(entry.getKey());
                Written w = entry.getValue();
                if (!w.claimId().equals(c.importedClaimId)) {
                    c.importedClaimId = w.claimId();
                    c.importedSourceId = w.sourceId();
                    c.importOutcome = w.outcome();
                    c.importedAt = clock.now();
                    changed = true;
                }
            }
            if (timelineId != null && !timelineId.equals(draft.timelineId)) {
                draft.timelineId = timelineId;
                changed = true;
            }
            boolean complete = draft.candidates.stream()
                    .filter(c -> c.decision == DraftCandidate.Decision.ACCEPTED).allMatch(c -> c.importedClaimId != null);
            if (complete && draft.status != Draft.Status.IMPORTED) {
                draft.status = Draft.Status.IMPORTED;
                draft.importedAt = clock.now();
                changed = true;
            }
            if (!changed) {
                return Uni.createFrom().item(draft);
            }
            draft.updatedAt = clock.now();
            draft.updatedBy = caller.subject();
            return store.flush().chain(() -> audit.record(draft.id, Audited.DRAFT, draft.id, Audited.IMPORTED, before,
                    drafts.view(draft))).replaceWith(draft);
        });
    }
}
