package bg.integra.web.admin.project;

import bg.integra.common.Languages;
import bg.integra.project.Indicator;
import bg.integra.project.IndicatorUnit;

import java.io.Serializable;

/** The indicator dialog's fields. */
public class IndicatorForm implements Serializable {

    private Long id;
    private String nameBg;
    private String nameEn;
    private IndicatorUnit unit = IndicatorUnit.ITEMS;
    private Integer target = 0;
    private Integer achieved = 0;

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.id = indicator.getId();
        form.nameBg = indicator.getNames().get(Languages.DEFAULT);
        form.nameEn = indicator.getNames().get(Languages.ENGLISH);
        form.unit = indicator.getUnit();
        form.target = indicator.getTarget();
        form.achieved = indicator.getAchieved();
        return form;
    }

    void applyTo(Indicator indicator) {
        indicator.setName(Languages.DEFAULT, nameBg);
        indicator.setName(Languages.ENGLISH, nameEn);
        indicator.setUnit(unit);
        indicator.setTarget(target);
        indicator.setAchieved(achieved);
    }

    public Long getId() { return id; }
    public String getNameBg() { return nameBg; }
    public void setNameBg(String nameBg) { this.nameBg = nameBg; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public Integer getTarget() { return target; }
    public void setTarget(Integer target) { this.target = target; }
    public Integer getAchieved() { return achieved; }
    public void setAchieved(Integer achieved) { this.achieved = achieved; }
}
