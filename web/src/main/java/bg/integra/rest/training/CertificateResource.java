package bg.integra.rest.training;

import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.rest.common.Parameters;
import bg.integra.training.Certificates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import bg.integra.web.common.HttpValidation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/certificates/{code}}: the verification of a certificate for a program (an employer's, an
 * institution's), as the portal's page shows it. Never cached: a revocation or a deleted account's name must show
 * at once.
 */
@Path("v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Training")
public class CertificateResource {

    @Inject
    private Certificates certificates;

    @GET
    @Path("{code}")
    @Operation(summary = "Verify a certificate by its code",
            description = "The code as printed (XXXX-XXXX-XXXX; case, dashes and spaces do not matter). Says whether "
                    + "the certificate is VALID or REVOKED (with the date and reason), the name it was issued to (none "
                    + "for an account since deleted), the course and its hours. The signed Open Badges 3.0 credential "
                    + "is at `credential`; its key is at /.well-known/jwks.json.")
    @APIResponse(responseCode = "200", description = "The certificate")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    @APIResponse(responseCode = "404", description = "No certificate has this code, as application/problem+json")
    public Response certificate(@PathParam("code") String code,
                                @Parameter(description = "Language of the course's title, one of the portal's (default bg)")
                                @QueryParam("lang") String lang,
                                @Context HttpServletRequest request) {
        String texts = Parameters.portalLanguage("lang", lang, Languages.DEFAULT);
        CertificateDto dto = certificates.find(code).map(c -> CertificateDto.of(c, texts, HttpValidation.baseUrl(request)))
                .orElseThrow(() -> new NotFoundException("Certificate", code));
        return Response.ok(dto).header("Cache-Control", "no-store").build();
    }
}
