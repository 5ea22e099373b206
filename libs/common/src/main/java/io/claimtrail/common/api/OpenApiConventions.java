package io.claimtrail.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every service's OpenAPI document says the same way, declared once here instead of on each operation: the
 * 401 and 403 answers SmallRye adds to secured operations are problem+json (see {@code AccessProblems}), a 401 with
 * its {@code WWW-Authenticate} challenge. Runs at build time, so the document written for {@code make api-check} is
 * the one served at {@code /q/openapi}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                APIResponse unauthorized = responses.getAPIResponse("401");
                if (unauthorized != null) {
                    asProblem(unauthorized, "No bearer token, or one that is malformed, expired, signed by another "
                            + "key or issued by or for someone else");
                    unauthorized.addHeader("WWW-Authenticate", OASFactory.createHeader()
                            .description("Bearer realm=\"claimtrail\"; error=\"invalid_token\" when a token was refused")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
                APIResponse forbidden = responses.getAPIResponse("403");
                if (forbidden != null) {
                    asProblem(forbidden, "The token's role is too low for this operation");
                }
            }
        }
    }

    private static void asProblem(APIResponse response, String description) {
        response.setDescription(description);
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }
}
