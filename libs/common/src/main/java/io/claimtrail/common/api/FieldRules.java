package io.claimtrail.common.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A request record with rules beyond the constraints of its fields (checks that need no database, such as a known
 * country code), so that a 400 for other fields names their failures too: every invalid field in one answer.
 */
public interface FieldRules {

    /** Adds a problem for each field that breaks a rule. */
    void check(List<FieldProblem> errors);

    /**
     * Adds the rule failures of {@code value}, if it has rules, for the fields not already named (a field that could
     * not be read or broke a constraint is named once). A rule that cannot judge a partly read value adds nothing.
     */
    static void addTo(Object value, List<FieldProblem> errors) {
        if (!(value instanceof FieldRules rules)) {
            return;
        }
        List<FieldProblem> found = new ArrayList<>();
        try {
            rules.check(found);
        } catch (RuntimeException e) {
            return;
        }
        for (FieldProblem problem : found) {
            if (errors.stream().noneMatch(known -> related(known.field(), problem.field()))) {
                errors.add(problem);
            }
        }
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }
}
