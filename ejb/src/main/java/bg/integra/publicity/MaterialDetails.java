package bg.integra.publicity;

import bg.integra.project.PublicityKind;
import java.time.LocalDate;

/** What staff enter about a printed or publicity material; the resource is an optional library item of the project. */
public record MaterialDetails(PublicityKind kind, String title, int quantity, LocalDate date, String supplier,
                              Long resourceId) {
}
