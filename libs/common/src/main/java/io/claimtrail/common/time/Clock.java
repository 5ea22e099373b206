package io.claimtrail.common.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Server time at the database's precision (microseconds), so that what is returned equals what is stored. */
@ApplicationScoped
public class Clock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
