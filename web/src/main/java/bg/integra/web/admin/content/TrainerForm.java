package bg.integra.web.admin.content;

import bg.integra.event.Trainer;

import java.io.Serializable;

/** One trainer's row: a row left empty is ignored, a row with an affiliation needs a name. */
public class TrainerForm implements Serializable {
    private String name;
    private String affiliation;

    static TrainerForm of(Trainer trainer) {
        TrainerForm form = new TrainerForm();
        form.name = trainer.getName();
        form.affiliation = trainer.getAffiliation();
        return form;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (affiliation == null || affiliation.isBlank());
    }

    Trainer toTrainer() { return new Trainer(name, affiliation); }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAffiliation() { return affiliation; }
    public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
}
