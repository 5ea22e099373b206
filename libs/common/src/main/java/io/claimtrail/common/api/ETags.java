package io.claimtrail.common.api;

import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import io.smallrye.mutiny.Uni;

/**
 * Entity tags are the record's optimistic-lock version in quotes, e.g. {@code "3"}. Writes must send it back in
 * {@code If-Match}: missing is 428, stale is 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The tag of a representation that can change without a new version (a claim's suggestion): the version, then
     * what else it shows. {@link #required} reads the version of either form, so writes take it back unchanged.
     */
    public static String of(long version, String variant) {
        return variant == null ? of(version) : "\"" + version + "-" + variant + "\"";
    }

    /** The version named by a required {@code If-Match} header. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "This write needs an If-Match header with the ETag you last read");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        int variant = tag.indexOf('-', 1);
        if (variant > 0) {
            tag = tag.substring(0, variant);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "'" + ifMatch + "' is not an ETag of this service, such as \"3\"");
        }
    }

    /** Fails with 412 unless the client's version is the current one. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new ProblemException(412, "The resource has changed since you read it (your ETag \"" + expected
                    + "\", now \"" + current + "\"); read it again").with("currentETag", of(current));
        }
    }

    /**
     * A conditional replacement (PUT and PATCH): the If-Match version is read first (428 or 400 before any read),
     * then the stored record, whose version must be that one (412), then the write gets the record and the version.
     */
    public static <C, R> Uni<R> replaceIfMatch(String ifMatch, Uni<C> current, ToLongFunction<C> versionOf,
            BiFunction<C, Long, Uni<R>> write) {
        long expected = required(ifMatch);
        return current.chain(stored -> {
            check(expected, versionOf.applyAsLong(stored));
            return write.apply(stored, expected);
        });
    }
}
