package io.claimtrail.common.api;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.date.PartialDateException;
import io.claimtrail.common.text.Storable;
import io.claimtrail.common.time.AsOf;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Strict readers for query and path parameters. JAX-RS would turn a bad query value into a bare 404; these turn it
 * into a 400 that names the parameter.
 */
public final class Params {

    private Params() {
    }

    public static int integer(String name, String raw, int fallback, int min, int max, List<FieldProblem> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldProblem(name, "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(name, "'" + raw + "' is not a whole number"));
            return fallback;
        }
    }

    /** A required version number in the path ({@code .../versions/{n}}): 400 naming {@code name} otherwise. */
    public static int version(String name, String raw) {
        List<FieldProblem> errors = new java.util.ArrayList<>();
        int number = integer(name, raw, -1, 0, Integer.MAX_VALUE, errors);
        if (number < 0 && errors.isEmpty()) {
            errors.add(new FieldProblem(name, "is required"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return number;
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
        }
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not a UUID");
        }
    }

    /** A required id in the path: 400 naming {@code name} when it is not a UUID. */
    public static UUID requiredUuid(String name, String raw) {
        UUID id = uuid(name, raw);
        if (id == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return id;
    }

    /** The UUID this text spells, or null when it is something else such as a slug. */
    public static UUID uuidOrNull(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "As of July 2024" means as of its last day: an EDTF date read as the day it ends. */
    public static java.time.LocalDate asOfDay(String name, String raw) {
        return lastDay(name, partialDate(name, raw));
    }

    /** The last day of a single date; an interval has no single day and is refused. */
    public static java.time.LocalDate lastDay(String name, PartialDate date) {
        if (date == null) {
            return null;
        }
        if (date.isInterval()) {
            throw ProblemException.invalid(name, "must be a single date such as 2024-07-02, not an interval");
        }
        return date.latest().orElseThrow();
    }

    /**
     * The view a read asks for with its {@code asOf} and {@code knownAt} parameters; a moment still ahead of
     * {@code now} reads as now ({@link KnownAtAhead} says so in a header).
     */
    public static AsOf asOf(String asOf, String knownAt, Instant now) {
        return AsOf.of(asOfDay("asOf", asOf), instant("knownAt", knownAt), now);
    }

    public static PartialDate partialDate(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(raw.trim());
        } catch (PartialDateException e) {
            throw ProblemException.invalid(name, e.getMessage());
        }
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant moment;
        try {
            moment = Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not an ISO-8601 timestamp such as 2024-07-02T12:00:00Z");
        }
        // Outside years 1 to 9999 timestamptz would overflow into another date.
        String problem = Storable.instantProblem(moment);
        if (problem != null) {
            throw ProblemException.invalid(name, problem);
        }
        return moment;
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "'" + raw + "' is not true or false");
        };
    }
}
