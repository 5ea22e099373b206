package io.claimtrail.timelines.api;

import io.claimtrail.common.api.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The story page's scripts and styles, open to all, under /timelines/view/assets so that whatever routes /timelines
 * to this service (the chart's Ingress or HTTPRoute, a proxy) routes them too. htmx and ECharts come from their
 * WebJars on the class path; nothing is fetched from elsewhere at run time.
 */
@Path("/timelines/view/assets")
@PermitAll
@Tag(name = "Story page")
public class StoryPageAssets {

    /** As in the pom's htmx.version and echarts.version. */
    static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.simple.min.js";

    private static final String JS = "text/javascript;charset=UTF-8";
    private static final Map<String, String[]> FILES = Map.of(
            "htmx.min.js", new String[] {HTMX, JS},
            "echarts.simple.min.js", new String[] {ECHARTS, JS},
            "story.js", new String[] {"view/story.js", JS},
            "story.css", new String[] {"view/story.css", "text/css;charset=UTF-8"});

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    @GET
    @Path("/{name}")
    @Operation(hidden = true, summary = "A script or style of the story page")
    public Response asset(@PathParam("name") String name) {
        String[] file = FILES.get(name);
        if (file == null) {
            throw new ProblemException(404, "No such asset of the story page: " + name);
        }
        byte[] body = loaded.computeIfAbsent(name, n -> read(file[0]));
        return Response.ok(body, file[1]).header("Cache-Control", "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
