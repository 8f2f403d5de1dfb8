package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An initiative's fields as its writer gives them (see {@link KnowledgeDraft}); the texts by language. */
public record InitiativeDraft(InitiativeKind kind, LocalDate start, LocalDate end, Region region, String town,
                              String link, String contact, Map<String, InitiativeText> texts)
        implements KnowledgeDraft<Initiative> {

    public InitiativeDraft {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** The draft of an existing initiative: what its form starts from. */
    public static InitiativeDraft of(Initiative i) {
        return new InitiativeDraft(i.getKind(), i.getPeriod().getStart(), i.getPeriod().getEnd(), i.getRegion(),
                i.getTown(), i.getLink(), i.getContact(), i.getTexts());
    }

    @Override
    public Class<Initiative> type() { return Initiative.class; }

    @Override
    public Map<String, FieldProblem> missing() {
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("kind", kind);
        Map<String, FieldProblem> missing = KnowledgeDraft.missing(texts, required);
        // Period refuses an end before the start; a field message rather than an error
        if (start != null && end != null && end.isBefore(start)) missing.put("end", FieldProblem.malformed());
        return missing;
    }

    @Override
    public Initiative create(Organisation organisation) {
        Initiative initiative = new Initiative(organisation, kind, new Period(start, end), Objects.requireNonNull(texts.get("bg"), "bg"));
        applyTo(initiative);
        return initiative;
    }

    @Override
    public void applyTo(Initiative initiative) {
        initiative.setKind(kind);
        initiative.setPeriod(new Period(start, end));
        initiative.setRegion(region);
        initiative.setTown(town);
        initiative.setLink(link);
        initiative.setContact(contact);
        initiative.setTexts(texts);
    }
}
