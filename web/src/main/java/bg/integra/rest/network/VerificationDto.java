package bg.integra.rest.network;

import bg.integra.network.Verification;

import java.time.LocalDate;

/** When a record was last checked to be true ({@code on}) and by whom; null when it never was. */
public record VerificationDto(LocalDate on, String by) {

    static VerificationDto of(Verification v) {
        return v.getOn() == null && v.getBy() == null ? null : new VerificationDto(v.getOn(), v.getBy());
    }
}
