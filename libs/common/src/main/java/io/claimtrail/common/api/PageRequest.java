package io.claimtrail.common.api;

import java.util.ArrayList;
import java.util.List;

/** Validated paging parameters: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Reads the raw query values; a bad one is a 400 naming {@code page} or {@code size}. */
    public static PageRequest of(String page, String size) {
        List<FieldProblem> errors = new ArrayList<>();
        int pageIndex = Params.integer("page", page, 0, 0, 10_000_000, errors);
        int pageSize = Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(pageIndex, pageSize);
    }

    public int offset() {
        return page * size;
    }

    /** For a search that lists at most {@code window} matches: a page reaching past them is a 400 naming page. */
    public void requireWithin(int window, String why) {
        if (offset() + size > window) {
            throw ProblemException.invalid("page", why);
        }
    }
}
