package bg.integra.rest.project;

import bg.integra.project.Activity;
import bg.integra.project.Project;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A project with everything the portal shows about it, its indicators and activities included. */
public record ProjectDto(long id, String contractNumber, String fundingScheme, String fund, Map<String, String> title,
                         Map<String, String> summary, String status, String region, LocalDate startDate,
                         LocalDate endDate, OrganisationRefDto beneficiary, List<IndicatorDto> indicators,
                         List<ActivityDto> activities) {

    public static ProjectDto of(Project p, List<Activity> activities) {
        Map<String, String> titles = new TreeMap<>();
        Map<String, String> summaries = new TreeMap<>();
        p.getTexts().forEach((lang, text) -> {
            titles.put(lang, text.getTitle());
            if (text.getSummary() != null) summaries.put(lang, text.getSummary());
        });
        return new ProjectDto(p.getId(), p.getContractNumber().value(), p.getFundingScheme(), p.getFund().name(), titles,
                summaries, p.getStatus().name(), p.getRegion().name(), p.getPeriod().getStart(), p.getPeriod().getEnd(),
                OrganisationRefDto.of(p.getBeneficiary()), p.getIndicators().stream().map(IndicatorDto::of).toList(),
                activities.stream().map(ActivityDto::of).toList());
    }
}
