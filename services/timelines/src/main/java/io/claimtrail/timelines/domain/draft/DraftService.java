package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.Clock;
import io.claimtrail.timelines.domain.Audited;
import io.claimtrail.timelines.domain.References;
import io.claimtrail.timelines.store.DraftRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Drafts: an article's extraction stored for review, reviewed candidate by candidate (If-Match), kept after import.
 * Every write is audited in its own transaction, the draft before and after as the API shows it, without its text.
 */
@ApplicationScoped
public class DraftService {

    private final ArticleExtraction extraction;
    private final DraftRepository drafts;
    private final References references;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;
    private final ObjectMapper json;

    public DraftService(ArticleExtraction extraction, DraftRepository drafts, References references, Clock clock,
            Caller caller, AuditLog audit, ObjectMapper json) {
        this.extraction = extraction;
        this.drafts = drafts;
        this.references = references;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.json = json;
    }

    public Uni<Draft> create(ArticleInput article) {
        return extraction.extract(article).chain(result -> store(article, result));
    }

    @WithTransaction
    Uni<Draft> store(ArticleInput article, ExtractionResult result) {
        Draft draft = new Draft();
        draft.id = UUID.randomUUID();
        draft.text = article.text();
        draft.publishedOn = article.publishedOn();
        draft.url = article.url();
        draft.title = article.title();
        draft.outlet = article.outlet();
        draft.degraded = result.degraded();
        draft.warnings = DraftView.write(json, result.warnings());
        draft.createdAt = clock.now();
        draft.createdBy = caller.subject();
        draft.updatedAt = draft.createdAt;
        draft.updatedBy = draft.createdBy;
        for (ExtractedCandidate extracted : result.candidates()) {
            draft.candidates.add(candidate(extracted));
        }
        return drafts.persist(draft).call(() -> drafts.flush())
                .call(created -> audit.record(created.id, Audited.DRAFT, created.id, Audited.CREATED, null, view(created)));
    }

    /** The claim to write starts as extracted, its source the resolved one; the analyst decides. */
    private DraftCandidate candidate(ExtractedCandidate extracted) {
        DraftCandidate c = new DraftCandidate();
        c.extracted = DraftView.write(json, extracted);
        // the claims service's limits; the whole extraction stays in extracted
        c.text = cut(extracted.claimText(), 2000);
        c.quote = cut(extracted.quote(), 10_000);
        c.statedOn = extracted.statedOn();
        c.kind = extracted.claimKind().name();
        c.resolvesBy = extracted.resolvesBy();
        c.sourceId = extracted.resolvedSourceId();
        return c;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @WithSession
    public Uni<Draft> get(UUID id) {
        return drafts.findFull(id).onItem().ifNull().failWith(() -> ProblemException.notFound("draft", id));
    }

    @WithSession
    public Uni<Page<Draft>> list(PageRequest page) {
        return drafts.pageIds(page.offset(), page.size()).chain(ids -> drafts.findFull(ids))
                .chain(items -> drafts.count().map(total -> new Page<>(items, page.page(), page.size(), total)));
    }

    /** Applies the decisions and edits; an imported candidate can no longer change (409). */
    public Uni<Draft> review(UUID id, long expectedVersion, DraftReview review) {
        List<FieldProblem> errors = new ArrayList<>();
        List<UUID> sourceIds = new ArrayList<>();
        List<UUID> claimIds = new ArrayList<>();
        for (int i = 0; i < review.candidates().size(); i++) {
            DraftReview.Item item = review.candidates().get(i);
            DraftRules.checkEdit(item, "candidates[" + i + "]", errors);
            if (item.sourceId() != null) {
                sourceIds.add(item.sourceId());
            }
            if (item.attachToClaimId() != null) {
                claimIds.add(item.attachToClaimId());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return references.check("attachToClaimId", claimIds, "sourceId", sourceIds)
                .chain(() -> apply(id, expectedVersion, review));
    }

    @WithTransaction
    Uni<Draft> apply(UUID id, long expectedVersion, DraftReview review) {
        DraftView[] before = new DraftView[1];
        return drafts.findFull(id).onItem().ifNull().failWith(() -> ProblemException.notFound("draft", id))
                .invoke(draft -> {
                    ETags.check(expectedVersion, draft.version);
                    before[0] = view(draft);
                    for (int i = 0; i < review.candidates().size(); i++) {
                        DraftReview.Item item = review.candidates().get(i);
                        if (item.index() >= draft.candidates.size()) {
                            throw ProblemException.invalid("candidates[" + i + "].index", "the draft has "
                                    + draft.candidates.size() + " candidates, numbered from 0");
                        }
                        DraftCandidate c = draft.candidates.get(item.index());
                        if (c.importOutcome != null) {
                            throw ProblemException.conflict("Candidate " + item.index() + " was imported already ("
                                    + c.importOutcome + ", claim " + c.importedClaimId + "); it can no longer change");
                        }
                        DraftRules.apply(item, c, json);
                    }
                    draft.updatedAt = clock.now();
                    draft.updatedBy = caller.subject();
                })
                .call(draft -> drafts.flush())
                .call(draft -> audit.record(draft.id, Audited.DRAFT, draft.id, Audited.UPDATED, before[0], view(draft)));
    }

    DraftView view(Draft draft) {
        return DraftView.of(draft, json, false);
    }
}
