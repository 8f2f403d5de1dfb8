package bg.integra.web.common;

import bg.integra.project.Indicator;
import bg.integra.project.TargetGroup;
import bg.integra.registration.RegistrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Says, in the page's language, where an indicator's achieved value comes from: "entered by the project's staff",
 * or for a counted one what is counted ("counted: distinct participants present at the project's events"), with
 * the event kind, target group or material kind that narrows it. Used by the portal and the back-office alike.
 */
@Named
@RequestScoped
public class IndicatorTexts {

    @Inject
    private RegistrationService registrations;

    private Map<String, TargetGroup> targetGroups;

    /** The sentence for the indicator; target group names in {@code lang}. */
    public String describe(Indicator indicator, String lang) {
        if (!indicator.isCounted()) return FacesMessages.text("project.source.ENTERED");
        String key = "project.measure." + indicator.getMeasure().name();
        String parameter = indicator.getMeasureParameter();
        if (parameter == null) return FacesMessages.text(key);
        String label = switch (indicator.getMeasure().parameter()) {
            case EVENT_KIND -> FacesMessages.text("eventKind." + parameter);
            case PUBLICITY_KIND -> FacesMessages.text("project.materialKind." + parameter);
            case TARGET_GROUP -> {
                TargetGroup group = targetGroups().get(parameter);
                yield group == null ? parameter : group.name(lang);
            }
            case NONE -> parameter;
        };
        return FacesMessages.text(key + ".of", label);
    }

    private Map<String, TargetGroup> targetGroups() {
        if (targetGroups == null) {
            targetGroups = registrations.targetGroups().stream().collect(Collectors.toMap(TargetGroup::getCode, Function.identity()));
        }
        return targetGroups;
    }
}
