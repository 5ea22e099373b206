package io.claimtrail.common.api;

/** One invalid input: the field (JSON path or parameter name) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
