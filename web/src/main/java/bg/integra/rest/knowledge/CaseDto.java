package bg.integra.rest.knowledge;

import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.rest.network.PerLanguage;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.time.LocalDate;
import java.util.Map;

/** A published, anonymised case: where, in which area, and its texts per language. */
public record CaseDto(long id, Map<String, String> title, String region, String area, OrganisationRefDto organisation,
                      Map<String, String> situation, Map<String, String> question, Map<String, String> actions,
                      Map<String, String> outcome, Map<String, String> lessons, LocalDate publishedOn) {

    static CaseDto of(CaseStudy c) {
        Map<String, CaseText> t = c.getTexts();
        return new CaseDto(c.getId(), PerLanguage.of(t, CaseText::getTitle), c.getRegion() == null ? null : c.getRegion().name(),
                c.getArea().name(), OrganisationRefDto.of(c.getOrganisation()), PerLanguage.of(t, CaseText::getSituation),
                PerLanguage.of(t, CaseText::getQuestion), PerLanguage.of(t, CaseText::getActions),
                PerLanguage.of(t, CaseText::getOutcome), PerLanguage.of(t, CaseText::getLessons), c.getPublishedOn());
    }
}
