package io.claimtrail.timelines.domain;

/** The names the audit trail of a timeline uses: what was written, and how. */
public final class Audited {

    public static final String TIMELINE = "timeline";
    public static final String EVENT = "event";
    public static final String DRAFT = "draft";

    public static final String CREATED = "created";
    public static final String IMPORTED = "imported";
    public static final String UPDATED = "updated";
    public static final String ARCHIVED = "archived";

    private Audited() {
    }
}
