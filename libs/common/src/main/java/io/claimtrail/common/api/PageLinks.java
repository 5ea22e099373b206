package io.claimtrail.common.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 8288 {@code Link} headers beside the paging fields of every {@link Page}: {@code next} while pages remain,
 * {@code prev} after the first, each the request's own address with {@code page} changed.
 */
public class PageLinks {

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof Page<?> page)) {
            return;
        }
        List<String> links = links(page, request.getUriInfo());
        if (!links.isEmpty()) {
            response.getHeaders().putSingle("Link", String.join(", ", links));
        }
    }

    static List<String> links(Page<?> page, UriInfo uri) {
        List<String> links = new ArrayList<>();
        long shown = (long) (page.page() + 1) * page.size();
        if (shown < page.total()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, lastPage(page)), "prev"));
        }
        return links;
    }

    private static long lastPage(Page<?> page) {
        return page.total() == 0 ? 0 : (page.total() - 1) / page.size();
    }

    private static String link(UriInfo uri, long target, String relation) {
        URI address = uri.getRequestUriBuilder().replaceQueryParam("page", target).build();
        return "<" + address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery())
                + ">; rel=\"" + relation + "\"";
    }
}
