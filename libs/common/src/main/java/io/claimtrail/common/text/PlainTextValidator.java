package io.claimtrail.common.text;

import io.claimtrail.common.api.FieldProblem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;

/** Checks {@link PlainText}, naming the first offending character in the message. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        String problem = text == null ? null : problem(text, multiline);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** What is wrong with the text, or null when nothing is. */
    public static String problem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Storable.loneSurrogate(c);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiline) {
                    return "must be a single line without tabs";
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                return Storable.controlCharacter(c);
            } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return "contains the bidirectional control " + Storable.code(c) + ", which can disguise text";
            } else if (c == '\uFFFD') {
                return "contains U+FFFD, the mark of bytes that were not UTF-8";
            }
        }
        return null;
    }

    /** For text checked outside Bean Validation (an imported bundle): adds a problem naming {@code field}. */
    public static void check(String field, String text, boolean multiline, List<FieldProblem> errors) {
        String problem = text == null ? null : problem(text, multiline);
        if (problem != null) {
            errors.add(new FieldProblem(field, problem));
        }
    }
}
