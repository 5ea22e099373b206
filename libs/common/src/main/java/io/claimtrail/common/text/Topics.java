package io.claimtrail.common.text;

import io.claimtrail.common.api.FieldProblem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Topics are lower-case slugs such as {@code north-korea}, each listed once. */
public final class Topics {

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{2,64}");

    private Topics() {
    }

    /** Adds a problem for each malformed or repeated topic of {@code field}. */
    public static void check(String field, List<String> topics, List<FieldProblem> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i);
            if (!TOPIC.matcher(topic).matches()) {
                errors.add(new FieldProblem(field + "[" + i + "]", "must be a lower-case slug matching [a-z0-9-]{2,64}"));
            } else if (!seen.add(topic)) {
                errors.add(new FieldProblem(field + "[" + i + "]", "repeats an earlier topic"));
            }
        }
    }
}
