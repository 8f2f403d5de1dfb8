package bg.integra.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;

/**
 * What a picker (PrimeFaces' {@code p:autoComplete}) offers and holds: records as a number and the label the page
 * shows, never the records themselves. The picker's bean asks a service for one page of the records matching what was
 * typed and hands them out through {@link #offer}; the page names this object as the picker's converter
 * ({@code converter="#{bean.cases}"}), which turns a number sent back into the choice offered under it. A number
 * that was never offered (a forged request) is refused as a conversion error at the picker. Kept in a view-scoped
 * bean, so what was offered in one request is known in the next.
 */
public final class Choices implements Converter<Choices.Choice>, Serializable {

    /** One record a picker offers or holds: its number and the text shown for it. */
    public record Choice(long id, String label) implements Serializable {
        // the pages' EL (Jakarta EL 5) reads bean properties, not a record's components
        public long getId() { return id; }
        public String getLabel() { return label; }
    }

    private final HashMap<String, Choice> known = new HashMap<>();

    /** The choices offered (a page of a service's answer, or what a form starts with), remembered for the answer. */
    public List<Choice> offer(List<Choice> choices) {
        choices.forEach(c -> known.put(String.valueOf(c.id()), c));
        return choices;
    }

    /** One choice, offered as {@link #offer} does. */
    public Choice offer(Choice choice) {
        if (choice != null) known.put(String.valueOf(choice.id()), choice);
        return choice;
    }

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) return null;
        Choice choice = known.get(value.strip());
        if (choice == null) {
            String text = FacesMessages.text("bo.notOffered");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return choice;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null ? "" : String.valueOf(value.id());
    }

    /** The numbers of the choices held, in their order. */
    public static List<Long> ids(List<Choice> choices) {
        return choices == null ? List.of() : choices.stream().map(Choice::id).toList();
    }
}
