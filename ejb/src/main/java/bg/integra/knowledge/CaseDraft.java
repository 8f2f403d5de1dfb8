package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An anonymised case's fields as its writer gives them (see {@link KnowledgeDraft}); the texts by language. */
public record CaseDraft(Region region, IntegrationArea area, Map<String, CaseText> texts) implements KnowledgeDraft<CaseStudy> {

    public CaseDraft {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** The draft of an existing case: what its form starts from. */
    public static CaseDraft of(CaseStudy c) {
        return new CaseDraft(c.getRegion(), c.getArea(), c.getTexts());
    }

    @Override
    public Class<CaseStudy> type() { return CaseStudy.class; }

    @Override
    public Map<String, FieldProblem> missing() {
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("area", area);
        return KnowledgeDraft.missing(texts, required);
    }

    @Override
    public CaseStudy create(Organisation organisation) {
        CaseStudy study = new CaseStudy(organisation, area, Objects.requireNonNull(texts.get("bg"), "bg"));
        applyTo(study);
        return study;
    }

    @Override
    public void applyTo(CaseStudy study) {
        study.setRegion(region);
        study.setArea(area);
        study.setTexts(texts);
    }
}
