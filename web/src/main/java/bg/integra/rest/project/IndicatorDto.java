package bg.integra.rest.project;

import bg.integra.project.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator of a project: what the grant promised (target) and what was done (achieved). The source says where
 * achieved comes from: ENTERED by the project's staff, or COUNTED from the platform's records at the moment of
 * the request, in which case measure (and, when it is narrowed, parameter) say what is counted.
 */
@Schema(description = "An indicator of a project: target, achieved, and where achieved comes from")
public record IndicatorDto(long id, Map<String, String> name, String unit, int target, int achieved,
                           @Schema(description = "ENTERED (by the project's staff) or COUNTED (from the records at request time)",
                                   enumeration = {"ENTERED", "COUNTED"}) String source,
                           @Schema(description = "For COUNTED: EVENTS_HELD (published events of the project that have started), "
                                   + "PARTICIPANTS (distinct people present at its events, by e-mail), "
                                   + "PARTICIPANTS_IN_TARGET_GROUP, or COPIES_PRINTED (sum of its printed materials' quantities); "
                                   + "absent for ENTERED", nullable = true) String measure,
                           @Schema(description = "What narrows the measure: an event kind (EVENTS_HELD), a target group code "
                                   + "(PARTICIPANTS_IN_TARGET_GROUP) or a material kind (COPIES_PRINTED); absent for none",
                                   nullable = true) String parameter) {

    public static IndicatorDto of(Indicator i) {
        return new IndicatorDto(i.getId(), new TreeMap<>(i.getNames()), i.getUnit().name(), i.getTarget(), i.getAchieved(),
                i.getSource().name(), i.getMeasure() == null ? null : i.getMeasure().name(), i.getMeasureParameter());
    }
}
