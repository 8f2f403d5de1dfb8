package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.organisation.Organisation;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every field of an item of the knowledge base as a writer gives it, in the back-office's form or the API's body:
 * what {@link KnowledgeEditing} makes a new item of or replaces an item's fields with. What the server decides
 * (organisation, status, dates of the review) is not part of it.
 *
 * @param <T> the kind of item
 */
public interface KnowledgeDraft<T extends KnowledgeItem<?>> {

    Class<T> type();

    /**
     * The fields that a new item cannot be made without, or that cannot be stored as given (a practice that ends
     * before it starts), by name; empty when nothing is wrong.
     */
    Map<String, FieldProblem> missing();

    /** A new item of the organisation with these fields; {@link #missing} is empty. */
    T create(Organisation organisation);

    /** Replaces every field of the item with this draft's. */
    void applyTo(T item);

    /**
     * Links the item to the items this draft names by number (a measure's cases and practices), after {@link #create}
     * or {@link #applyTo}; refused ({@link InvalidInputException}) naming the field of one that cannot be linked. Most
     * kinds link nothing.
     */
    default void link(T item, EntityManager em) {
    }

    /** Refused with each missing field named. */
    default void requireComplete() {
        Map<String, FieldProblem> missing = missing();
        if (!missing.isEmpty()) throw new InvalidInputException(missing);
    }

    /** The Bulgarian title and the required choices, named as the form and the API name them. */
    static Map<String, FieldProblem> missing(Map<String, ?> texts, Map<String, Object> required) {
        Map<String, FieldProblem> missing = new LinkedHashMap<>();
        if (texts == null || texts.get(Languages.DEFAULT) == null) missing.put("title", FieldProblem.required());
        required.forEach((field, value) -> {
            if (value == null) missing.put(field, FieldProblem.required());
        });
        return missing;
    }
}
