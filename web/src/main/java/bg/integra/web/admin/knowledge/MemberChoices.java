package bg.integra.web.admin.knowledge;

import bg.integra.common.PageRequest;
import bg.integra.knowledge.KnowledgeEditing;
import bg.integra.organisation.Organisation;
import bg.integra.web.common.Choices.Choice;

import java.util.List;

/**
 * The members of the network an editor picks from on the knowledge base's pages (whose item a new one is, whose
 * items the list shows): one page of those whose names hold what was typed, read by the service in the database.
 */
final class MemberChoices {

    /** As many as a picker's panel shows; typing more narrows them. */
    static final int PAGE = 20;

    private MemberChoices() {
    }

    static List<Choice> matching(KnowledgeEditing editing, String typed, String lang) {
        return editing.writers(typed, new PageRequest(0, PAGE)).items().stream().map(o -> of(o, lang)).toList();
    }

    static Choice of(Organisation organisation, String lang) {
        return new Choice(organisation.getId(), organisation.name(lang));
    }
}
