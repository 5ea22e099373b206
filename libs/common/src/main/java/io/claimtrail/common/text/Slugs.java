package io.claimtrail.common.text;

import java.util.regex.Pattern;

/** URL-safe identifiers: lower-case ASCII letters, digits and dashes, 2 to 64 characters. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9-]{2,64}";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    /** "U.S. Department of Defense" becomes "u-s-department-of-defense"; "Pentagón" becomes "pentagon". */
    public static String derive(String name) {
        String slug = NOT_SLUG.matcher(Folding.fold(name)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > 64) {
            slug = trimDashes(slug.substring(0, 64));
        }
        return slug;
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
