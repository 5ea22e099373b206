package io.claimtrail.timelines.api;

/** The longest query parameter values accepted, so that the OpenAPI document shows each limit. */
final class Limits {

    /** An EDTF date or an ISO-8601 timestamp. */
    static final int DATE = 64;
    /** true or false. */
    static final int FLAG = 5;
    /** A page number or size. */
    static final int NUMBER = 10;

    private Limits() {
    }
}
