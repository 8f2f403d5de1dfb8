package bg.integra.rest.knowledge;

import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeText;
import bg.integra.rest.network.PerLanguage;

import java.util.Map;

/** A case or practice that a measure comes from: enough to show its title and to fetch the rest. */
public record KnowledgeRefDto(long id, Map<String, String> title) {

    static KnowledgeRefDto of(CaseStudy c) {
        return new KnowledgeRefDto(c.getId(), PerLanguage.of(c.getTexts(), CaseText::getTitle));
    }

    static KnowledgeRefDto of(Practice p) {
        return new KnowledgeRefDto(p.getId(), PerLanguage.of(p.getTexts(), PracticeText::getTitle));
    }
}
