package io.claimtrail.tokens;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles a Claimtrail token can carry in its {@code groups} claim. */
public enum Role {
    VIEWER, ANALYST, EDITOR, ADMIN;

    /** The name as it appears in tokens and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(role -> role.id().equals(text)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(Role::id).toList());
    }
}
