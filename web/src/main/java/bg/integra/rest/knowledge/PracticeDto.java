package bg.integra.rest.knowledge;

import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeText;
import bg.integra.rest.network.PerLanguage;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A published good practice with the fields of the European Website on Integration's template: country (ISO 3166)
 * and oblast, the member organisation, the period, target audience and area, and the texts per language.
 */
public record PracticeDto(long id, Map<String, String> title, String country, String region,
                          OrganisationRefDto organisation, LocalDate start, LocalDate end, String audience, String area,
                          Map<String, String> funding, Map<String, String> objectives, Map<String, String> activities,
                          Map<String, String> results, Map<String, String> evaluation,
                          Map<String, String> transferability, String contact, List<String> links,
                          LocalDate publishedOn) {

    static PracticeDto of(Practice p) {
        Map<String, PracticeText> t = p.getTexts();
        return new PracticeDto(p.getId(), PerLanguage.of(t, PracticeText::getTitle), p.getCountry(),
                p.getRegion() == null ? null : p.getRegion().name(), OrganisationRefDto.of(p.getOrganisation()),
                p.getPeriod().getStart(), p.getPeriod().getEnd(), p.getAudience().name(), p.getArea().name(),
                PerLanguage.of(t, PracticeText::getFunding), PerLanguage.of(t, PracticeText::getObjectives),
                PerLanguage.of(t, PracticeText::getActivities), PerLanguage.of(t, PracticeText::getResults),
                PerLanguage.of(t, PracticeText::getEvaluation), PerLanguage.of(t, PracticeText::getTransferability),
                p.getContact(), List.copyOf(p.getLinks()), p.getPublishedOn());
    }
}
