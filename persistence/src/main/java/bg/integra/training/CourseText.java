package bg.integra.training;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** A course's title, summary and the words its certificate will carry, in one language. */
@Embeddable
public class CourseText implements Serializable {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 2000;
    public static final int CERTIFICATE_LENGTH = 1000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    /** What the certificate says the learner has learnt. */
    @Size(max = CERTIFICATE_LENGTH)
    @Column(name = "certificate_text", length = CERTIFICATE_LENGTH)
    private String certificateText;

    protected CourseText() {
    }

    public CourseText(String title, String summary, String certificateText) {
        this.title = Objects.requireNonNull(Text.blankToNull(title), "title").strip();
        this.summary = Text.blankToNull(summary);
        this.certificateText = Text.blankToNull(certificateText);
    }

    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getCertificateText() { return certificateText; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseText t && title.equals(t.title) && Objects.equals(summary, t.summary)
                && Objects.equals(certificateText, t.certificateText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, summary, certificateText);
    }
}
