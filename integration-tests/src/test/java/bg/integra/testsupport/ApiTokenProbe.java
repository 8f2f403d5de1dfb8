package bg.integra.testsupport;

import bg.integra.apitoken.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** GET /test-support/api-tokens?organisation=…&name=…: the id of an organisation's token by its name, 404 if none. */
@ApplicationScoped
public class ApiTokenProbe implements Seed {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Override
    public String path() {
        return "api-tokens";
    }

    @Override
    public JsonObject get(Params params) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.organisation.id = :o AND t.name = :name", ApiToken.class)
                .setParameter("o", params.number("organisation")).setParameter("name", params.required("name"))
                .getResultStream().findFirst()
                .map(t -> Json.createObjectBuilder().add("id", t.getId()).build())
                .orElseThrow(() -> new Params.Failure(404, "No such token"));
    }
}
