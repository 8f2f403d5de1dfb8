package bg.integra.project;

import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.registration.Registration;
import jakarta.persistence.EntityManager;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a project's counted indicators, read from its records: one grouped query per measure that the
 * project's indicators use (never one per indicator), whatever parameters they narrow it with.
 */
final class IndicatorCounts {

    private final Map<IndicatorMeasure, Map<String, Integer>> byMeasure = new EnumMap<>(IndicatorMeasure.class);

    private IndicatorCounts() {
    }

    /** Counts what the counted indicators among these need and shows each its figure. */
    static void show(EntityManager em, long projectId, List<Indicator> indicators) {
        Set<IndicatorMeasure> measures = EnumSet.noneOf(IndicatorMeasure.class);
        indicators.stream().filter(Indicator::isCounted).forEach(i -> measures.add(i.getMeasure()));
        if (measures.isEmpty()) return;
        IndicatorCounts counts = count(em, projectId, measures);
        indicators.stream().filter(Indicator::isCounted)
                .forEach(i -> i.showCount(counts.value(i.getMeasure(), i.getMeasureParameter())));
    }

    static IndicatorCounts count(EntityManager em, long projectId, Set<IndicatorMeasure> measures) {
        IndicatorCounts counts = new IndicatorCounts();
        for (IndicatorMeasure measure : measures) {
            Map<String, Integer> values = new HashMap<>();
            switch (measure) {
                case EVENTS_HELD -> grouped(values, em.createNamedQuery(Event.COUNT_HELD_BY_KIND, Object[].class)
                        .setParameter("project", projectId)
                        .setParameter("now", LocalDateTime.now(Content.ZONE)).getResultList());
                case COPIES_PRINTED -> grouped(values, em.createNamedQuery(PublicityMaterial.SUM_BY_KIND, Object[].class)
                        .setParameter("project", projectId).getResultList());
                case PARTICIPANTS -> values.put(null, number(em.createNamedQuery(Registration.COUNT_PARTICIPANTS_BY_PROJECT)
                        .setParameter(1, projectId).getSingleResult()));
                case PARTICIPANTS_IN_TARGET_GROUP -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = em.createNamedQuery(Registration.COUNT_PARTICIPANTS_BY_TARGET_GROUP)
                            .setParameter(1, projectId).getResultList();
                    for (Object[] row : rows) values.put((String) row[0], number(row[1]));
                }
            }
            counts.byMeasure.put(measure, values);
        }
        return counts;
    }

    /** Rows of (kind, number): each kind on its own, and all kinds together under null. */
    private static void grouped(Map<String, Integer> values, List<Object[]> rows) {
        int total = 0;
        for (Object[] row : rows) {
            int n = number(row[1]);
            values.put(((Enum<?>) row[0]).name(), n);
            total += n;
        }
        values.put(null, total);
    }

    private static int number(Object value) {
        return value == null ? 0 : (int) Math.min(Integer.MAX_VALUE, ((Number) value).longValue());
    }

    /** The figure of a measure with the parameter (null for all). */
    int value(IndicatorMeasure measure, String parameter) {
        Map<String, Integer> values = byMeasure.get(measure);
        if (values == null) throw new IllegalArgumentException(measure + " was not counted");
        return values.getOrDefault(parameter, 0);
    }
}
