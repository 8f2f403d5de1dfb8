package bg.integra.rest.knowledge;

import bg.integra.knowledge.Measure;
import bg.integra.knowledge.MeasureText;
import bg.integra.rest.network.PerLanguage;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A published regional measure: the oblast, who proposed it, its status ({@code PROPOSED}, {@code DISCUSSED},
 * {@code ADOPTED}, {@code REJECTED}) with the date of each step, its texts per language (what it proposes, the
 * institution it is addressed to, the plan it was adopted into) and the published cases and practices it comes from.
 */
public record MeasureDto(long id, Map<String, String> title, String region, OrganisationRefDto organisation,
                         String status, LocalDate proposedOn, LocalDate discussedOn, LocalDate decidedOn,
                         Map<String, String> description, Map<String, String> addressee, Map<String, String> plan,
                         List<KnowledgeRefDto> cases, List<KnowledgeRefDto> practices, LocalDate publishedOn) {

    static MeasureDto of(Measure m) {
        Map<String, MeasureText> t = m.getTexts();
        return new MeasureDto(m.getId(), PerLanguage.of(t, MeasureText::getTitle), m.getRegion().name(),
                OrganisationRefDto.of(m.getOrganisation()), m.getMeasureStatus().name(), m.getProposedOn(),
                m.getDiscussedOn(), m.getDecidedOn(), PerLanguage.of(t, MeasureText::getDescription),
                PerLanguage.of(t, MeasureText::getAddressee), PerLanguage.of(t, MeasureText::getPlan),
                m.getPublishedCases().stream().map(KnowledgeRefDto::of).toList(),
                m.getPublishedPractices().stream().map(KnowledgeRefDto::of).toList(), m.getPublishedOn());
    }
}
