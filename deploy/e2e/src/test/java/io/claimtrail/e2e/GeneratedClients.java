package io.claimtrail.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.client.claims.api.ClaimsApi;
import io.claimtrail.client.sources.api.SourcesApi;
import io.claimtrail.client.timelines.api.EventsApi;
import io.claimtrail.client.timelines.api.StoryBundlesApi;
import io.claimtrail.client.timelines.api.TimelinesApi;
import io.claimtrail.stack.ClaimtrailStack;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients of the three services, configured as a client developer would: the base URI of each
 * running service and a bearer token (none for {@code authorization == null}) on every request.
 */
record GeneratedClients(io.claimtrail.client.sources.ApiClient sourcesClient,
        io.claimtrail.client.claims.ApiClient claimsClient, io.claimtrail.client.timelines.ApiClient timelinesClient,
        Consumer<HttpRequest.Builder> authorize) {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    static GeneratedClients of(ClaimtrailStack stack, String authorization) {
        Consumer<HttpRequest.Builder> authorize = request -> {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
        };
        var sources = new io.claimtrail.client.sources.ApiClient();
        sources.updateBaseUri(stack.sources().url());
        sources.setRequestInterceptor(authorize);
        sources.setReadTimeout(TIMEOUT);
        var claims = new io.claimtrail.client.claims.ApiClient();
        claims.updateBaseUri(stack.claims().url());
        claims.setRequestInterceptor(authorize);
        claims.setReadTimeout(TIMEOUT);
        var timelines = new io.claimtrail.client.timelines.ApiClient();
        timelines.updateBaseUri(stack.timelines().url());
        timelines.setRequestInterceptor(authorize);
        timelines.setReadTimeout(TIMEOUT);
        return new GeneratedClients(sources, claims, timelines, authorize);
    }

    SourcesApi sources() {
        return new SourcesApi(sourcesClient);
    }

    ClaimsApi claims() {
        return new ClaimsApi(claimsClient);
    }

    TimelinesApi timelines() {
        return new TimelinesApi(timelinesClient);
    }

    EventsApi events() {
        return new EventsApi(timelinesClient);
    }

    StoryBundlesApi bundles() {
        return new StoryBundlesApi(timelinesClient);
    }

    ObjectMapper sourcesJson() {
        return sourcesClient.getObjectMapper();
    }

    ObjectMapper claimsJson() {
        return claimsClient.getObjectMapper();
    }

    ObjectMapper timelinesJson() {
        return timelinesClient.getObjectMapper();
    }

    /** A request the generated methods cannot make, with the token and the HTTP client of the generated ones. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        authorize.accept(request);
        return sourcesClient.getHttpClient().send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
