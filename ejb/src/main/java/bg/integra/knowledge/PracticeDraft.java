package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A good practice's fields as its writer gives them (see {@link KnowledgeDraft}); the texts by language. */
public record PracticeDraft(String country, Region region, LocalDate start, LocalDate end, TargetAudience audience,
                            IntegrationArea area, String contact, List<String> links,
                            Map<String, PracticeText> texts) implements KnowledgeDraft<Practice> {

    public PracticeDraft {
        country = country == null || country.isBlank() ? "BG" : country.strip();
        links = links == null ? List.of() : List.copyOf(links);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** The draft of an existing practice: what its form starts from. */
    public static PracticeDraft of(Practice p) {
        return new PracticeDraft(p.getCountry(), p.getRegion(), p.getPeriod().getStart(), p.getPeriod().getEnd(),
                p.getAudience(), p.getArea(), p.getContact(), p.getLinks(), p.getTexts());
    }

    @Override
    public Class<Practice> type() { return Practice.class; }

    @Override
    public Map<String, FieldProblem> missing() {
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("audience", audience);
        required.put("area", area);
        Map<String, FieldProblem> missing = KnowledgeDraft.missing(texts, required);
        // a period that ends before it starts was an IllegalArgumentException of Period (an error page, a 500)
        if (start != null && end != null && end.isBefore(start)) missing.put("end", FieldProblem.malformed());
        return missing;
    }

    @Override
    public Practice create(Organisation organisation) {
        Practice practice = new Practice(organisation, audience, area, Objects.requireNonNull(texts.get("bg"), "bg"));
        applyTo(practice);
        return practice;
    }

    @Override
    public void applyTo(Practice practice) {
        practice.setCountry(country);
        practice.setRegion(region);
        practice.setPeriod(new Period(start, end));
        practice.setAudience(audience);
        practice.setArea(area);
        practice.setContact(contact);
        practice.setLinks(links);
        practice.setTexts(texts);
    }
}
