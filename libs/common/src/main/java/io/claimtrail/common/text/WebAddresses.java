package io.claimtrail.common.text;

import java.net.URI;
import java.net.URISyntaxException;

/** Web addresses as the services accept them: absolute http or https URLs with a host. */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static boolean isHttp(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
