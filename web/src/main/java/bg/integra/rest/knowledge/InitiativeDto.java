package bg.integra.rest.knowledge;

import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeText;
import bg.integra.rest.network.PerLanguage;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.time.LocalDate;
import java.util.Map;

/**
 * A published initiative of a member: its {@code kind} (UPCOMING or COMPLETED), when (start and end, either may be
 * null), where (oblast and town, both optional), the member organisation, a link and a contact, and its texts per
 * language.
 */
public record InitiativeDto(long id, String kind, Map<String, String> title, LocalDate start, LocalDate end,
                            String region, String town, OrganisationRefDto organisation, Map<String, String> summary,
                            Map<String, String> description, Map<String, String> partners, String link, String contact,
                            LocalDate publishedOn) {

    static InitiativeDto of(Initiative i) {
        Map<String, InitiativeText> t = i.getTexts();
        return new InitiativeDto(i.getId(), i.getKind().name(), PerLanguage.of(t, InitiativeText::getTitle),
                i.getPeriod().getStart(), i.getPeriod().getEnd(), i.getRegion() == null ? null : i.getRegion().name(),
                i.getTown(), OrganisationRefDto.of(i.getOrganisation()), PerLanguage.of(t, InitiativeText::getSummary),
                PerLanguage.of(t, InitiativeText::getDescription), PerLanguage.of(t, InitiativeText::getPartners),
                i.getLink(), i.getContact(), i.getPublishedOn());
    }
}
