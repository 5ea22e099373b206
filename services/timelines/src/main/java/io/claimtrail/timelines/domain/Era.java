package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A named, dated phase of a story, such as "After the mutual assistance pact". */
@Embeddable
public class Era {

    @Column(nullable = false)
    public String name;

    @Column(name = "start_text", nullable = false)
    public String start;

    @Column(name = "end_text", nullable = false)
    public String end;

    public static Era of(String name, PartialDate start, PartialDate end) {
        Era era = new Era();
        era.name = name;
        era.start = start.text();
        era.end = end.text();
        return era;
    }

    public PartialDate startDate() {
        return PartialDate.parse(start);
    }

    public PartialDate endDate() {
        return PartialDate.parse(end);
    }
}
