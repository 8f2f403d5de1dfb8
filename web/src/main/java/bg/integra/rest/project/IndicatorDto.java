package bg.integra.rest.project;

import bg.integra.project.Indicator;

import java.util.Map;
import java.util.TreeMap;

/** An indicator of a project: what the grant promised (target) and what was done (achieved). */
public record IndicatorDto(long id, Map<String, String> name, String unit, int target, int achieved) {

    public static IndicatorDto of(Indicator i) {
        return new IndicatorDto(i.getId(), new TreeMap<>(i.getNames()), i.getUnit().name(), i.getTarget(), i.getAchieved());
    }
}
