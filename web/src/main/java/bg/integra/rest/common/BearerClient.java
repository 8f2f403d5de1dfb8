package bg.integra.rest.common;

import bg.integra.apitoken.ApiClient;
import jakarta.enterprise.context.RequestScoped;

/** The API client of the current request, as {@link BearerTokenFilter} found it from its token. */
@RequestScoped
public class BearerClient {

    private ApiClient client;

    public void set(ApiClient client) {
        this.client = client;
    }

    /** The client; a method marked {@link BearerToken} always has one (the filter let no other request through). */
    public ApiClient get() {
        if (client == null) throw new IllegalStateException("No API client: is the method marked @BearerToken?");
        return client;
    }
}
