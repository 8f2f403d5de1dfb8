package bg.integra.rest.common;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that needs an API token with the WRITE scope ({@code Authorization: Bearer itk_…}):
 * {@link BearerTokenFilter} checks it before the method runs and counts the request against the token's limit.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BearerToken {
}
