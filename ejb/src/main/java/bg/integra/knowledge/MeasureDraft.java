package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A regional measure's fields as its writer gives them (see {@link KnowledgeDraft}): the oblast, how far it has got
 * with the dates of its steps, the texts by language (title, what it proposes, to whom, the plan it was adopted
 * into) and the cases and practices it comes from, by their numbers.
 * <p>
 * The steps must tell one story, each refused at its own field: a discussion is not before the proposal, a decision
 * (adoption or rejection) not before the discussion or, without one, the proposal; a discussed measure has the date
 * of its discussion and an adopted or rejected one the date of its decision, and a step not taken has no date; an
 * adopted measure names its plan in Bulgarian, and only an adopted one names a plan (the portal reads it as
 * "adopted into").
 */
public record MeasureDraft(Region region, MeasureStatus measureStatus, LocalDate proposedOn, LocalDate discussedOn,
                           LocalDate decidedOn, List<Long> cases, List<Long> practices, Map<String, MeasureText> texts)
        implements KnowledgeDraft<Measure> {

    public MeasureDraft {
        cases = cases == null ? List.of() : cases.stream().filter(Objects::nonNull).distinct().toList();
        practices = practices == null ? List.of() : practices.stream().filter(Objects::nonNull).distinct().toList();
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** The draft of an existing measure: what its form starts from. */
    public static MeasureDraft of(Measure m) {
        return new MeasureDraft(m.getRegion(), m.getMeasureStatus(), m.getProposedOn(), m.getDiscussedOn(),
                m.getDecidedOn(), m.getCases().stream().map(CaseStudy::getId).toList(),
                m.getPractices().stream().map(Practice::getId).toList(), m.getTexts());
    }

    @Override
    public Class<Measure> type() { return Measure.class; }

    @Override
    public Map<String, FieldProblem> missing() {
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("region", region);
        required.put("measureStatus", measureStatus);
        required.put("proposedOn", proposedOn);
        Map<String, FieldProblem> missing = KnowledgeDraft.missing(texts, required);
        if (measureStatus != null) steps(missing);
        if (proposedOn != null) order(missing);
        plans(missing);
        return missing;
    }

    /** Each step taken has its date; a step not taken has none. */
    private void steps(Map<String, FieldProblem> missing) {
        boolean discussed = measureStatus != MeasureStatus.PROPOSED;
        boolean decided = measureStatus == MeasureStatus.ADOPTED || measureStatus == MeasureStatus.REJECTED;
        if (measureStatus == MeasureStatus.DISCUSSED && discussedOn == null) missing.put("discussedOn", FieldProblem.required());
        if (!discussed && discussedOn != null) missing.put("discussedOn", FieldProblem.malformed());
        if (decided && decidedOn == null) missing.put("decidedOn", FieldProblem.required());
        if (!decided && decidedOn != null) missing.put("decidedOn", FieldProblem.malformed());
    }

    /** Discussed not before it was proposed; decided not before it was discussed, or proposed when it was not. */
    private void order(Map<String, FieldProblem> missing) {
        if (discussedOn != null && discussedOn.isBefore(proposedOn)) {
            missing.putIfAbsent("discussedOn", FieldProblem.tooEarly(proposedOn));
        }
        LocalDate before = discussedOn == null || discussedOn.isBefore(proposedOn) ? proposedOn : discussedOn;
        if (decidedOn != null && decidedOn.isBefore(before)) missing.putIfAbsent("decidedOn", FieldProblem.tooEarly(before));
    }

    /** An adopted measure names its plan in Bulgarian; one not adopted names none, in no language. */
    private void plans(Map<String, FieldProblem> missing) {
        boolean adopted = measureStatus == MeasureStatus.ADOPTED;
        MeasureText bulgarian = texts.get(Languages.DEFAULT);
        if (adopted && bulgarian != null && bulgarian.getPlan() == null) missing.put("plan", FieldProblem.required());
        if (adopted) return;
        texts.forEach((lang, text) -> {
            if (text != null && text.getPlan() != null) {
                missing.put(lang.equals(Languages.DEFAULT) ? "plan" : "plan." + lang, FieldProblem.malformed());
            }
        });
    }

    @Override
    public Measure create(Organisation organisation) {
        Measure measure = new Measure(organisation, region, proposedOn, Objects.requireNonNull(texts.get(Languages.DEFAULT), "bg"));
        applyTo(measure);
        return measure;
    }

    @Override
    public void applyTo(Measure measure) {
        measure.setRegion(region);
        measure.setProgress(measureStatus, proposedOn, discussedOn, decidedOn);
        measure.setTexts(texts);
    }

    /**
     * The cases and practices it comes from, found by their numbers: each must be published, unless the measure
     * comes from it already (an item taken off the portal since stays linked, and the portal does not show it).
     */
    @Override
    public void link(Measure measure, EntityManager em) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        List<CaseStudy> caseItems = found(em, CaseStudy.class, cases, measure.getCases(), "cases", problems);
        List<Practice> practiceItems = found(em, Practice.class, practices, measure.getPractices(), "practices", problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        measure.basedOn(caseItems, practiceItems);
    }

    private static <T extends KnowledgeItem<?>> List<T> found(EntityManager em, Class<T> type, List<Long> ids,
                                                           List<T> linked, String field, Map<String, FieldProblem> problems) {
        Set<Long> before = linked.stream().map(KnowledgeItem::getId).collect(Collectors.toSet());
        Map<Long, T> byId = ids.isEmpty() ? Map.of() : em.createQuery("SELECT k FROM " + type.getSimpleName()
                        + " k WHERE k.id IN :ids", type).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(KnowledgeItem::getId, Function.identity()));
        List<T> items = new ArrayList<>();
        for (Long id : ids) {
            T item = byId.get(id);
            if (item == null || !(item.isPublished() || before.contains(id))) {
                problems.put(field, FieldProblem.malformed());
            } else {
                items.add(item);
            }
        }
        return items;
    }
}
