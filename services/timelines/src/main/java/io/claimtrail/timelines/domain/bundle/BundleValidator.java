package io.claimtrail.timelines.domain.bundle;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.date.PartialDateException;
import io.claimtrail.common.text.PlainTextValidator;
import io.claimtrail.common.text.Slugs;
import io.claimtrail.common.text.Topics;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.claimtrail.timelines.domain.bundle.Bundle.orEmpty;

/**
 * Checks a bundle before anything is written: required fields, known values, EDTF dates, and that every ref is
 * defined once and every reference resolves. Returns every problem, each named by its JSON path.
 */
final class BundleValidator {

    private static final Pattern REF = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> SOURCE_KINDS = Set.of("OUTLET", "INSTITUTION", "OFFICE", "PERSON", "DOCUMENT",
            "SOCIAL_ACCOUNT", "OTHER");
    private static final Set<String> CLAIM_KINDS = Set.of("ASSERTION", "DENIAL", "NO_EVIDENCE", "FORECAST");
    private static final Set<String> STATUSES = Set.of("UNVERIFIED", "CORROBORATED", "DISPUTED", "CONFIRMED",
            "REFUTED", "RETRACTED");
    private static final Set<String> RELATION_TYPES = Set.of("SUPPORTS", "CONTRADICTS", "NO_EVIDENCE_FOR", "UPDATES",
            "RETRACTS", "CITES", "DUPLICATES");
    private static final Set<String> RELIABILITY = Set.of("A", "B", "C", "D", "E", "F");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Every problem of the bundle; {@code limits} checks the sizes its records declare. */
    static List<FieldProblem> check(Bundle bundle, Validator limits) {
        BundleValidator validator = new BundleValidator();
        limits.validate(bundle).stream().map(v -> new FieldProblem(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).forEach(validator.problems::add);
        validator.checkAll(bundle);
        return validator.problems;
    }

    /** {@code sources[0].aliases[2]}, as the other problems name their fields. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private void checkAll(Bundle bundle) {
        if (!Bundle.FORMAT.equals(bundle.format())) {
            add("format", "must be \"" + Bundle.FORMAT + "\"");
        }
        if (!noNulls("sources", bundle.sources()) | !noNulls("claims", bundle.claims())
                | !noNulls("relations", bundle.relations()) | !noNulls("events", bundle.events())) {
            return;
        }
        Map<String, Integer> sources = refs("sources", orEmpty(bundle.sources()).stream().map(Bundle.Source::ref).toList());
        Map<String, Integer> claims = refs("claims", orEmpty(bundle.claims()).stream().map(Bundle.Claim::ref).toList());
        refs("events", orEmpty(bundle.events()).stream().map(Bundle.Event::ref).toList());
        checkSources(orEmpty(bundle.sources()), sources);
        checkClaims(orEmpty(bundle.claims()), sources, claims);
        checkRelations(orEmpty(bundle.relations()), claims);
        checkTimeline(bundle.timeline(), claims);
        checkEvents(orEmpty(bundle.events()), sources, claims);
    }

    private void checkSources(List<Bundle.Source> sources, Map<String, Integer> refs) {
        for (int i = 0; i < sources.size(); i++) {
            Bundle.Source s = sources.get(i);
            String at = "sources[" + i + "]";
            required(at + ".name", s.name());
            oneOf(at + ".kind", s.kind(), SOURCE_KINDS, true);
            oneOf(at + ".reliability", s.reliability(), RELIABILITY, false);
            noNullText(at + ".aliases", s.aliases());
            List<Bundle.Affiliation> links = orEmpty(s.affiliations());
            for (int j = 0; j < links.size(); j++) {
                String link = at + ".affiliations[" + j + "]";
                if (isNull(link, links.get(j))) {
                    continue;
                }
                resolves(link + ".parentRef", links.get(j).parentRef(), refs, "source");
                date(link + ".from", links.get(j).from(), false);
                date(link + ".to", links.get(j).to(), false);
            }
        }
        if (problems.isEmpty() && SourceOrder.of(sources) == null) {
            add("sources", "the affiliations between the bundle's sources form a cycle");
        }
    }

    private void checkClaims(List<Bundle.Claim> claims, Map<String, Integer> sources, Map<String, Integer> refs) {
        for (int i = 0; i < claims.size(); i++) {
            Bundle.Claim c = claims.get(i);
            String at = "claims[" + i + "]";
            resolves(at + ".sourceRef", c.sourceRef(), sources, "source");
            required(at + ".text", c.text());
            date(at + ".statedOn", c.statedOn(), true);
            oneOf(at + ".kind", c.kind(), CLAIM_KINDS, true);
            date(at + ".resolvesBy", c.resolvesBy(), false);
            if (c.credibility() != null && (c.credibility() < 1 || c.credibility() > 6)) {
                add(at + ".credibility", "must be between 1 and 6");
            }
            noNullText(at + ".topics", c.topics());
            List<Bundle.Appearance> appearances = orEmpty(c.appearances());
            for (int j = 0; j < appearances.size(); j++) {
                String appearance = at + ".appearances[" + j + "]";
                if (isNull(appearance, appearances.get(j))) {
                    continue;
                }
                required(appearance + ".url", appearances.get(j).url());
                if (appearances.get(j).publisherRef() != null) {
                    resolves(appearance + ".publisherRef", appearances.get(j).publisherRef(), sources, "source");
                }
                date(appearance + ".publishedOn", appearances.get(j).publishedOn(), false);
                instant(appearance + ".retrievedAt", appearances.get(j).retrievedAt());
            }
            List<Bundle.Transition> transitions = orEmpty(c.transitions());
            for (int j = 0; j < transitions.size(); j++) {
                String move = at + ".transitions[" + j + "]";
                if (isNull(move, transitions.get(j))) {
                    continue;
                }
                oneOf(move + ".to", transitions.get(j).to(), STATUSES, true);
                required(move + ".reason", transitions.get(j).reason());
                date(move + ".effectiveOn", transitions.get(j).effectiveOn(), true);
                if (transitions.get(j).evidenceClaimRef() != null) {
                    resolves(move + ".evidenceClaimRef", transitions.get(j).evidenceClaimRef(), refs, "claim");
                }
            }
        }
    }

    private void checkRelations(List<Bundle.Relation> relations, Map<String, Integer> claims) {
        for (int i = 0; i < relations.size(); i++) {
            Bundle.Relation r = relations.get(i);
            String at = "relations[" + i + "]";
            resolves(at + ".fromRef", r.fromRef(), claims, "claim");
            resolves(at + ".toRef", r.toRef(), claims, "claim");
            oneOf(at + ".type", r.type(), RELATION_TYPES, true);
        }
    }

    private void checkTimeline(Bundle.Timeline timeline, Map<String, Integer> claims) {
        if (timeline == null) {
            add("timeline", "is required");
            return;
        }
        required("timeline.title", timeline.title());
        plain("timeline.title", timeline.title(), false);
        plain("timeline.summary", timeline.summary(), true);
        List<String> pinned = orEmpty(timeline.pinnedClaimRefs());
        for (int i = 0; i < pinned.size(); i++) {
            resolves("timeline.pinnedClaimRefs[" + i + "]", pinned.get(i), claims, "claim");
        }
        noNullText("timeline.topics", timeline.topics());
        // Checked here as well as by the timeline itself, so that a bad one fails before sources and claims are written.
        if (timeline.slug() != null && !Slugs.isValid(timeline.slug())) {
            add("timeline.slug", "must match " + Slugs.PATTERN);
        }
        if (orEmpty(timeline.topics()).stream().noneMatch(topic -> topic == null || topic.isBlank())) {
            Topics.check("timeline.topics", orEmpty(timeline.topics()), problems);
        }
        List<Bundle.Era> eras = orEmpty(timeline.eras());
        for (int i = 0; i < eras.size(); i++) {
            if (isNull("timeline.eras[" + i + "]", eras.get(i))) {
                continue;
            }
            required("timeline.eras[" + i + "].name", eras.get(i).name());
            plain("timeline.eras[" + i + "].name", eras.get(i).name(), false);
            date("timeline.eras[" + i + "].start", eras.get(i).start(), true);
            date("timeline.eras[" + i + "].end", eras.get(i).end(), true);
        }
    }

    private void checkEvents(List<Bundle.Event> events, Map<String, Integer> sources, Map<String, Integer> claims) {
        for (int i = 0; i < events.size(); i++) {
            Bundle.Event e = events.get(i);
            String at = "events[" + i + "]";
            required(at + ".title", e.title());
            plain(at + ".title", e.title(), false);
            plain(at + ".description", e.description(), true);
            plain(at + ".place", e.place(), false);
            date(at + ".occurred", e.occurred(), true);
            List<String> reporters = orEmpty(e.sourceRefs());
            for (int j = 0; j < reporters.size(); j++) {
                resolves(at + ".sourceRefs[" + j + "]", reporters.get(j), sources, "source");
            }
            List<String> attesting = orEmpty(e.claimRefs());
            for (int j = 0; j < attesting.size(); j++) {
                resolves(at + ".claimRefs[" + j + "]", attesting.get(j), claims, "claim");
            }
        }
    }

    /** True when no entry of the list is null; each null one is a problem. */
    private boolean noNulls(String list, List<?> items) {
        boolean clean = true;
        for (int i = 0; i < orEmpty(items).size(); i++) {
            if (items.get(i) == null) {
                add(list + "[" + i + "]", "must be an object, not null");
                clean = false;
            }
        }
        return clean;
    }

    private boolean isNull(String at, Object item) {
        if (item == null) {
            add(at, "must be an object, not null");
        }
        return item == null;
    }

    private void noNullText(String at, List<String> texts) {
        for (int i = 0; i < orEmpty(texts).size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                add(at + "[" + i + "]", "must be a non-empty string");
            }
        }
    }

    /** Index of each ref; duplicates and malformed refs are problems. */
    private Map<String, Integer> refs(String list, List<String> refs) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            String at = list + "[" + i + "].ref";
            if (ref == null || !REF.matcher(ref).matches()) {
                add(at, "is required and must match [a-z0-9][a-z0-9-]{0,63}");
            } else if (index.putIfAbsent(ref, i) != null) {
                add(at, "'" + ref + "' is already defined at " + list + "[" + index.get(ref) + "]");
            }
        }
        return index;
    }

    private void resolves(String at, String ref, Map<String, Integer> refs, String what) {
        if (ref == null) {
            add(at, "is required");
        } else if (!refs.containsKey(ref)) {
            add(at, "'" + ref + "' names no " + what + " of this bundle");
        }
    }

    private void required(String at, String value) {
        if (value == null || value.isBlank()) {
            add(at, "is required");
        }
    }

    /** Text this service stores itself; the other services judge the text they store. */
    private void plain(String at, String value, boolean multiline) {
        PlainTextValidator.check(at, value, multiline, problems);
    }

    private void oneOf(String at, String value, Set<String> allowed, boolean needed) {
        if (value == null) {
            if (needed) {
                add(at, "is required");
            }
        } else if (!allowed.contains(value)) {
            add(at, "'" + value + "' is not one of " + allowed.stream().sorted().toList());
        }
    }

    private void date(String at, String value, boolean needed) {
        if (value == null) {
            if (needed) {
                add(at, "is required");
            }
            return;
        }
        try {
            PartialDate.parse(value);
        } catch (PartialDateException e) {
            add(at, e.getMessage());
        }
    }

    private void instant(String at, String value) {
        if (value == null) {
            return;
        }
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            add(at, "'" + value + "' is not an ISO-8601 timestamp");
        }
    }

    private void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Sources ordered so that each parent comes before the sources affiliated with it. */
    static final class SourceOrder {

        private SourceOrder() {
        }

        /** The order, or null when the affiliations form a cycle. */
        static List<Bundle.Source> of(List<Bundle.Source> sources) {
            Map<String, Bundle.Source> byRef = new HashMap<>();
            sources.forEach(s -> byRef.put(s.ref(), s));
            List<Bundle.Source> ordered = new ArrayList<>();
            Set<String> done = new HashSet<>();
            Set<String> visiting = new HashSet<>();
            for (Bundle.Source source : sources) {
                if (!visit(source, byRef, done, visiting, ordered)) {
                    return null;
                }
            }
            return ordered;
        }

        private static boolean visit(Bundle.Source source, Map<String, Bundle.Source> byRef, Set<String> done,
                Set<String> visiting, List<Bundle.Source> ordered) {
            if (done.contains(source.ref())) {
                return true;
            }
            if (!visiting.add(source.ref())) {
                return false;
            }
            for (Bundle.Affiliation link : orEmpty(source.affiliations())) {
                Bundle.Source parent = byRef.get(link.parentRef());
                if (parent != null && !visit(parent, byRef, done, visiting, ordered)) {
                    return false;
                }
            }
            visiting.remove(source.ref());
            done.add(source.ref());
            ordered.add(source);
            return true;
        }
    }
}
