package bg.integra.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of a grant contract as the Contracting Authority writes it, for example
 * {@code BG EIF 2013/01-05.01}: country, fund, call year and number, then the lot and the contract.
 * Extra spaces and lower case are forgiven on input; anything else is refused.
 */
@Embeddable
public class ContractNumber implements Serializable {

    public static final int LENGTH = 40;
    public static final String FORMAT = "BG EIF 2013/01-05.01";
    public static final Pattern PATTERN = Pattern.compile("BG [A-Z]{2,6} \\d{4}/\\d{2}-\\d{2}\\.\\d{2}");

    @Column(name = "contract_number", length = LENGTH, nullable = false, unique = true)
    private String value;

    protected ContractNumber() {
    }

    private ContractNumber(String value) {
        this.value = value;
    }

    /** Parses a contract number, normalising spaces and case. */
    public static ContractNumber of(String text) {
        Objects.requireNonNull(text, "contract number");
        String normalised = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!isValid(normalised)) {
            throw new IllegalArgumentException("Not a contract number like " + FORMAT + ": " + text);
        }
        return new ContractNumber(normalised);
    }

    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)).matches();
    }

    /** The funding scheme the contract belongs to: {@code BG EIF 2013/01} for {@code BG EIF 2013/01-05.01}. */
    public String scheme() {
        return value.substring(0, value.indexOf('-'));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractNumber c && value.equals(c.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
