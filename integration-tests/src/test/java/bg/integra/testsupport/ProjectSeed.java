package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.project.Project;
import bg.integra.project.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * POST /test-support/project with form fields titleBg (required), titleEn, region, status, target and achieved
 * creates one project (see ProjectSeeds) and answers its id, contract number and beneficiary id.
 */
@ApplicationScoped
public class ProjectSeed implements Seed {

    @Inject
    private ProjectSeeds seeds;

    @Override
    public String path() {
        return "project";
    }

    @Override
    public JsonObject post(Params params) {
        Project p = seeds.create(params.required("titleBg"), params.optional("titleEn"),
                params.choice("region", Region.class, Region.PLOVDIV),
                params.choice("status", ProjectStatus.class, ProjectStatus.RUNNING),
                params.integer("target", 4),
                params.integer("achieved", 1));
        return Json.createObjectBuilder()
                .add("id", p.getId())
                .add("contractNumber", p.getContractNumber().value())
                .add("fundingScheme", p.getFundingScheme())
                .add("beneficiaryId", p.getBeneficiary().getId())
                .build();
    }
}
