package bg.integra.rest.project;

import bg.integra.project.Project;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A project in a list: its identity, title per language, status and beneficiary. */
public record ProjectSummaryDto(long id, String contractNumber, Map<String, String> title, String status, String region,
                                LocalDate startDate, LocalDate endDate, OrganisationRefDto beneficiary) {

    public static ProjectSummaryDto of(Project p) {
        Map<String, String> titles = new TreeMap<>();
        p.getTexts().forEach((lang, text) -> titles.put(lang, text.getTitle()));
        return new ProjectSummaryDto(p.getId(), p.getContractNumber().value(), titles, p.getStatus().name(),
                p.getRegion().name(), p.getPeriod().getStart(), p.getPeriod().getEnd(),
                OrganisationRefDto.of(p.getBeneficiary()));
    }
}
