package bg.integra.rest;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The API for institutions and partner sites. Every resource path starts with its version ({@code v1/…}), so
 * that a future {@code v2} can live beside it while partners move over; the one exception is {@code hsds/…}, whose
 * shape and version are those of the Open Referral specification it follows.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Integra API", version = "1.0",
        description = "Projects and organisations of the immigrant-integration network in Bulgaria, and the network's "
                + "directory of services and centres (v1/network/…, and in the shape of Open Referral HSDS 3.0 at hsds/…). "
                + "Reading is public; a member organisation writes its own directory records (POST, PUT, DELETE on "
                + "v1/network/locations and v1/network/services) with an API token made in the back-office, sent as "
                + "Authorization: Bearer. Errors are application/problem+json (RFC 9457).",
        contact = @Contact(name = "Integra")))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "itk_<12 hex digits>_<43 base64url characters>",
        description = "An API token of a member organisation, made in the back-office (Network → API tokens); a WRITE "
                + "token writes that organisation's records only")
public class RestApplication extends Application {

    /** The name of the bearer-token security scheme that the writes require. */
    public static final String BEARER = "bearer";
}
