package io.claimtrail.timelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * POST /sources/match as the sources service answers it for the demo story: Sabrina Singh and TV Chosun are known
 * (Stubs.SINGH, Stubs.TV_CHOSUN), anyone else is proposed as a new person. Answers one item per speaker asked, in
 * order, whatever the article.
 */
public class SpeakerDirectoryStub implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "speaker-directory";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode items = answer.putArray("items");
            int index = 0;
            for (JsonNode mention : request.path("items")) {
                String name = mention.path("name").asText();
                ObjectNode item = items.addObject().put("index", index++).put("person", name);
                if (mention.hasNonNull("title")) {
                    item.put("role", mention.path("title").asText());
                }
                ArrayNode candidates = item.putArray("candidates");
                if (name.equals("Sabrina Singh")) {
                    candidates.addObject().put("id", Stubs.SINGH.toString()).put("slug", "sabrina-singh")
                            .put("name", "Sabrina Singh").put("kind", "PERSON").put("score", 1.0)
                            .put("matchedBy", "NAME").put("affiliation", "AFFILIATED");
                } else if (name.equals("TV Chosun")) {
                    candidates.addObject().put("id", Stubs.TV_CHOSUN.toString()).put("slug", "tv-chosun")
                            .put("name", "TV Chosun").put("kind", "OUTLET").put("score", 0.9)
                            .put("matchedBy", "NAME").put("affiliation", "UNCHECKED");
                } else {
                    item.putObject("proposed").put("name", name).put("kind", "PERSON");
                }
            }
            // WireMock's own (shaded) Jackson would not know this ObjectNode: it is written here
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(answer)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
