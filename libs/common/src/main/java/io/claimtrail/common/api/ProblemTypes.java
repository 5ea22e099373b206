package io.claimtrail.common.api;

/**
 * The {@code type} URIs of the problems this API answers with (RFC 9457), stable so that clients can branch on them.
 * Each is listed in the README ("Errors"). Most follow the status; a few name a more precise cause.
 */
public final class ProblemTypes {

    public static final String BASE = "https://claimtrail.local/problems/";

    public static final String INVALID_INPUT = BASE + "invalid-input";
    public static final String UNAUTHENTICATED = BASE + "unauthenticated";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String CONFLICT = BASE + "conflict";
    public static final String MANAGED_FIELD = BASE + "managed-field";
    public static final String KEY_IN_USE = BASE + "idempotency-key-in-use";
    public static final String STALE_ETAG = BASE + "stale-etag";
    public static final String TOO_LARGE = BASE + "body-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String UNPROCESSABLE = BASE + "unprocessable";
    public static final String KEY_REUSED = BASE + "idempotency-key-reused";
    public static final String ETAG_REQUIRED = BASE + "etag-required";
    public static final String SERVER_ERROR = BASE + "server-error";
    public static final String BAD_GATEWAY = BASE + "bad-gateway";
    public static final String UNAVAILABLE = BASE + "service-unavailable";

    private ProblemTypes() {
    }

    /** The type of a problem with this status when nothing more precise is known. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_INPUT;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> STALE_ETAG;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> ETAG_REQUIRED;
            case 500 -> SERVER_ERROR;
            case 502 -> BAD_GATEWAY;
            case 503 -> UNAVAILABLE;
            default -> "about:blank";
        };
    }
}
