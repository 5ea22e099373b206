package io.claimtrail.sources.domain;

import io.claimtrail.common.date.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/** A time-bounded link from a source to a parent source, e.g. a spokesperson to the institution she speaks for. */
@Embeddable
public class Affiliation {

    @Column(name = "parent_id", nullable = false)
    public UUID parentId;

    public String role;

    @Column(name = "valid_from")
    public String validFrom;

    @Column(name = "from_earliest")
    public LocalDate fromEarliest;

    @Column(name = "valid_to")
    public String validTo;

    @Column(name = "to_latest")
    public LocalDate toLatest;

    public static Affiliation of(UUID parentId, String role, PartialDate from, PartialDate to) {
        Affiliation affiliation = new Affiliation();
        affiliation.parentId = parentId;
        affiliation.role = role;
        affiliation.validFrom = from == null ? null : from.text();
        affiliation.fromEarliest = from == null ? null : from.earliest().orElse(null);
        affiliation.validTo = to == null ? null : to.text();
        affiliation.toLatest = to == null ? null : to.latest().orElse(null);
        return affiliation;
    }

    public PartialDate from() {
        return PartialDate.parseNullable(validFrom);
    }

    public PartialDate to() {
        return PartialDate.parseNullable(validTo);
    }

    /** Whether this link may have held on {@code date}: its dates may overlap it (always when no date is asked). */
    public boolean mayHoldOn(PartialDate date) {
        if (date == null) {
            return true;
        }
        boolean startsInTime = fromEarliest == null || date.latest().isEmpty()
                || !fromEarliest.isAfter(date.latest().get());
        boolean endsInTime = toLatest == null || date.earliest().isEmpty()
                || !toLatest.isBefore(date.earliest().get());
        return startsInTime && endsInTime;
    }
}
