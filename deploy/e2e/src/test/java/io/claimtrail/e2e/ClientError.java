package io.claimtrail.e2e;

import java.net.http.HttpHeaders;

/** An error answer as one of the generated clients reports it (each has its own ApiException class). */
record ClientError(int code, String contentType, String body) {

    static ClientError of(Exception thrown) {
        if (thrown instanceof io.claimtrail.client.sources.ApiException e) {
            return new ClientError(e.getCode(), contentType(e.getResponseHeaders()), e.getResponseBody());
        }
        if (thrown instanceof io.claimtrail.client.claims.ApiException e) {
            return new ClientError(e.getCode(), contentType(e.getResponseHeaders()), e.getResponseBody());
        }
        if (thrown instanceof io.claimtrail.client.timelines.ApiException e) {
            return new ClientError(e.getCode(), contentType(e.getResponseHeaders()), e.getResponseBody());
        }
        throw new AssertionError("not an error answer of a generated client", thrown);
    }

    private static String contentType(HttpHeaders headers) {
        return headers == null ? "" : headers.firstValue("Content-Type").orElse("");
    }
}
