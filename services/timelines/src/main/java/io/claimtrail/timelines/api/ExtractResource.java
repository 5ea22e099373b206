package io.claimtrail.timelines.api;

import io.claimtrail.common.api.Problem;
import io.claimtrail.common.security.Roles;
import io.claimtrail.timelines.domain.draft.ArticleExtraction;
import io.claimtrail.timelines.domain.draft.ArticleInput;
import io.claimtrail.timelines.domain.draft.ExtractionResult;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The attributed claims of an article, without storing anything; needs the analyst role. */
@Path("/timelines/extract")
@RolesAllowed(Roles.ANALYST)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "From an article to reviewed claims: extraction, drafts and their import")
public class ExtractResource {

    static final String ARTICLE_EXAMPLE = """
            {"text": "During a press briefing on 1 July 2024, Deputy Pentagon Press Secretary Sabrina Singh addressed \
            the issue. Singh replied, \\"I don't have anything for you on that.\\"", "publishedOn": "2024-07-02", \
            "url": "https://example.org/pentagon-no-signs", "title": "Pentagon: No signs of North Korean troops"}""";

    private final ArticleExtraction extraction;

    public ExtractResource(ArticleExtraction extraction) {
        this.extraction = extraction;
    }

    @POST
    @Operation(operationId = "extractArticle", summary = "Extract the attributed claims of an article",
            description = "One candidate per attribution: mode (DIRECT, INDIRECT, MIXED), speaker, cue and content "
            + "(offsets in Unicode code points, end exclusive), quote, claimText, statedOn (EDTF, resolved against "
            + "publishedOn) with statedOnBasis, claimKind with resolvesBy, and a score. Each named speaker is matched "
            + "to the sources registry (one call to the sources service per article) and each candidate to the "
            + "claims already recorded (one call to the claims service); when either cannot answer, the candidates "
            + "still come with degraded true, a warning, and each resolution or match list marked unavailable with "
            + "its reason. Nothing is stored. Needs the analyst role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleInput.class), examples = @ExampleObject(name = "briefing", value = ARTICLE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The candidates, in text order", content = @Content(schema = @Schema(implementation = ExtractionResult.class)))
    @APIResponse(responseCode = "400", description = "Empty text, NUL or binary characters, no publishedOn, or another invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 200,000 characters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The text is not English", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExtractionResult> extract(@NotNull @Valid ArticleInput body) {
        return extraction.extract(body);
    }
}
