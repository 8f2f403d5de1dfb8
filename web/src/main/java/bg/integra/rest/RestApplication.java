package bg.integra.rest;

import jakarta.ws.rs.ApplicationPath;
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
                + "Read-only and public; errors are application/problem+json (RFC 9457).",
        contact = @Contact(name = "Integra")))
public class RestApplication extends Application {
}
