package io.claimtrail.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four roles a token can carry in its {@code groups} claim. Each includes the ones below it, so an endpoint names
 * only the least role it needs: {@code viewer} reads, {@code analyst} creates and edits, {@code editor} rates, moves
 * claims through their statuses and archives, {@code admin} imports stories.
 */
public final class Roles {
    public static final String VIEWER = "viewer";
    public static final String ANALYST = "analyst";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** Lowest first. */
    public static final List<String> ALL = List.of(VIEWER, ANALYST, EDITOR, ADMIN);

    static final Map<String, Set<String>> IMPLIED = Map.of(
            ADMIN, Set.of(EDITOR, ANALYST, VIEWER),
            EDITOR, Set.of(ANALYST, VIEWER),
            ANALYST, Set.of(VIEWER));

    private Roles() {
    }
}
