package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Lets a client-side test (HTTP or browser) seed its own data: POST /test-support/seed creates two
 * organisations with a project each and a coordinator of the first, and answers their ids and credentials.
 */
@ApplicationScoped
public class OrganisationsSeed implements Seed {

    @Inject
    private TestData data;

    @Override
    public String path() {
        return "seed";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("t");
        Organisation own = data.organisation("Организация " + tag);
        Organisation other = data.organisation("Друга организация " + tag);
        Project ownProject = data.project(own, "Проект " + tag, "Project " + tag);
        Project otherProject = data.project(other, "Чужд проект " + tag, "Foreign project " + tag);
        String username = "coord-" + tag.toLowerCase();
        String password = "pw-" + tag + "-long";
        data.account(username, Role.COORDINATOR, own, password);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("organisationId", own.getId())
                .add("otherOrganisationId", other.getId())
                .add("projectId", ownProject.getId())
                .add("otherProjectId", otherProject.getId())
                .add("username", username)
                .add("password", password)
                .build();
    }
}
