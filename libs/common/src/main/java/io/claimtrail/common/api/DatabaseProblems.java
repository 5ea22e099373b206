package io.claimtrail.common.api;

import jakarta.persistence.OptimisticLockException;
import io.vertx.pgclient.PgException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises database failures that are the client's to resolve (stale versions, unique keys) in a cause chain. */
final class DatabaseProblems {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private DatabaseProblems() {
    }

    /** The problem to answer with, or {@code null} when the failure is a genuine server error. */
    static ProblemException describe(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ProblemException problem) {
                return problem;
            }
            if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
                return new ProblemException(412, "The resource was changed by someone else meanwhile; read it again");
            }
            String state = e instanceof JDBCException jdbc ? jdbc.getSQLState()
                    : e instanceof PgException pg ? pg.getSqlState() : null;
            if (UNIQUE_VIOLATION.equals(state)) {
                String constraint = e instanceof ConstraintViolationException violation ? violation.getConstraintName()
                        : ((PgException) e).getConstraint();
                return ProblemException.conflict("Conflicts with an existing record (unique key " + constraint
                        + "), probably written at the same moment; read it and try again").with("constraint", constraint);
            }
            if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
                return new ProblemException(409, "A concurrent change conflicted with this one; try again")
                        .header("Retry-After", "1");
            }
        }
        return null;
    }
}
