package io.claimtrail.claims.domain;

import io.claimtrail.common.date.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where a claim was published: the page, who published it, when, and when we retrieved it. */
@Embeddable
public class Appearance {

    @Column(nullable = false)
    public String url;

    @Column(name = "publisher_id")
    public UUID publisherId;

    @Column(name = "published_on")
    public String publishedOn;

    @Column(name = "published_earliest")
    public LocalDate publishedEarliest;

    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    public String quote;

    public static Appearance of(String url, UUID publisherId, PartialDate publishedOn, Instant retrievedAt, String quote) {
        Appearance appearance = new Appearance();
        appearance.url = url;
        appearance.publisherId = publisherId;
        appearance.publishedOn = publishedOn == null ? null : publishedOn.text();
        appearance.publishedEarliest = publishedOn == null ? null : publishedOn.earliest().orElse(null);
        appearance.retrievedAt = retrievedAt;
        appearance.quote = quote;
        return appearance;
    }

    public PartialDate published() {
        return PartialDate.parseNullable(publishedOn);
    }
}
