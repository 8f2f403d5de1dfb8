package bg.integra.web.admin.project;

import bg.integra.project.Indicator;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorSource;
import bg.integra.project.IndicatorUnit;
import bg.integra.web.common.TranslatedText;

import java.io.Serializable;

/**
 * The indicator dialog's fields. A counted indicator has a measure and, for some measures, the event kind,
 * target group or material kind that narrows it, and no achieved value of its own.
 */
public class IndicatorForm implements Serializable {

    private Long id;
    private TranslatedText names = TranslatedText.empty();
    private IndicatorUnit unit = IndicatorUnit.ITEMS;
    private Integer target = 0;
    private Integer achieved = 0;
    private IndicatorSource source = IndicatorSource.ENTERED;
    private IndicatorMeasure measure;
    private String eventKind;
    private String targetGroup;
    private String materialKind;

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.id = indicator.getId();
        form.names = TranslatedText.of(indicator.getNames());
        form.unit = indicator.getUnit();
        form.target = indicator.getTarget();
        form.source = indicator.getSource();
        form.achieved = indicator.isCounted() ? 0 : indicator.getAchieved();
        form.measure = indicator.getMeasure();
        if (form.measure != null) {
            switch (form.measure.parameter()) {
                case EVENT_KIND -> form.eventKind = indicator.getMeasureParameter();
                case TARGET_GROUP -> form.targetGroup = indicator.getMeasureParameter();
                case PUBLICITY_KIND -> form.materialKind = indicator.getMeasureParameter();
                case NONE -> { }
            }
        }
        return form;
    }

    void applyTo(Indicator indicator) {
        indicator.setNames(names.texts());
        indicator.setUnit(unit);
        indicator.setTarget(target);
        if (isCounted()) {
            indicator.count(measure, parameter());
        } else {
            indicator.enter(achieved == null ? 0 : achieved);
        }
    }

    /** The parameter of the chosen measure, from the select that belongs to it. */
    String parameter() {
        if (measure == null) return null;
        return switch (measure.parameter()) {
            case EVENT_KIND -> blankToNull(eventKind);
            case TARGET_GROUP -> blankToNull(targetGroup);
            case PUBLICITY_KIND -> blankToNull(materialKind);
            case NONE -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isCounted() { return source == IndicatorSource.COUNTED; }
    public boolean isEventKindShown() { return isCounted() && measure == IndicatorMeasure.EVENTS_HELD; }
    public boolean isTargetGroupShown() { return isCounted() && measure == IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP; }
    public boolean isMaterialKindShown() { return isCounted() && measure == IndicatorMeasure.COPIES_PRINTED; }

    public Long getId() { return id; }
    public TranslatedText getNames() { return names; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public Integer getTarget() { return target; }
    public void setTarget(Integer target) { this.target = target; }
    public Integer getAchieved() { return achieved; }
    public void setAchieved(Integer achieved) { this.achieved = achieved; }
    public IndicatorSource getSource() { return source; }
    public void setSource(IndicatorSource source) { this.source = source; }
    public IndicatorMeasure getMeasure() { return measure; }
    public void setMeasure(IndicatorMeasure measure) { this.measure = measure; }
    public String getEventKind() { return eventKind; }
    public void setEventKind(String eventKind) { this.eventKind = eventKind; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
    public String getMaterialKind() { return materialKind; }
    public void setMaterialKind(String materialKind) { this.materialKind = materialKind; }
}
