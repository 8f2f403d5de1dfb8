package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * POST /test-support/editor: an EDITOR account, a coordinator of another organisation and a project to link
 * content to; answers their credentials, the project's id and a unique tag.
 */
@ApplicationScoped
public class EditorSeed implements Seed {

    @Inject
    private TestData data;

    @Override
    public String path() {
        return "editor";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("e");
        Organisation organisation = data.organisation("Организация " + tag);
        Project project = data.project(organisation, "Проект " + tag, "Project " + tag);
        String editor = "editor-" + tag.toLowerCase();
        String coordinator = "coord-" + tag.toLowerCase();
        String password = "pw-" + tag + "-long";
        data.account(editor, Role.EDITOR, null, password);
        data.account(coordinator, Role.COORDINATOR, organisation, password);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("projectId", project.getId())
                .add("projectTitle", "Проект " + tag)
                .add("editor", editor)
                .add("coordinator", coordinator)
                .add("password", password)
                .build();
    }
}
