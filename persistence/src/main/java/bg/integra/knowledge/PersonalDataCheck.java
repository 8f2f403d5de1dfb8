package bg.integra.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the obvious personal data that must not reach a published case: a Bulgarian personal number (ЕГН: ten
 * digits whose first six are a real date of birth and whose last is the checksum), a foreigner's personal number
 * (ЛНЧ: ten digits with its own checksum), a telephone number (Bulgarian, {@code +359 …}, {@code 00359 …} or a
 * national one from {@code 0}) or an e-mail address. It looks for what a writer copies from a file by mistake, not
 * for names or addresses, which only a reader can judge; a year, an amount or a file number passes.
 * <p>
 * A ten-digit number starting with 0 is judged as a telephone number, not as an ЛНЧ: Bulgarian numbers are written
 * so, and an ЛНЧ checksum alone would also accept one number in ten.
 */
public final class PersonalDataCheck {

    /** What was found; {@link #key()} is the argument of the field problem, part of the API. */
    public enum Kind {
        EGN("egn"), LNCH("lnch"), PHONE("phone"), EMAIL("email");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What was found and where in the text. */
    public record Finding(Kind kind, int start, int end) {
    }

    private static final int[] EGN_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6};
    private static final int[] LNCH_WEIGHTS = {21, 19, 17, 13, 11, 9, 7, 3, 1};
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{10}(?![\\p{L}\\p{N}])");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** +359 or 00359, an optional 0 of the area code, then 8 or 9 digits with spaces, dashes, dots or slashes. */
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\+|00)\\s?359[\\s./-]*(?:\\(0?\\d{1,3}\\)|0?\\d)(?:[\\s./-]?\\d){5,10}(?!\\p{N})");
    /** 0 and an area code (in brackets, or followed by a space, slash or dash), then the subscriber's number. */
    private static final Pattern NATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(?<!\\p{N}[/.-])(?:\\(0[1-9]\\d{0,3}\\)\\s?|0[1-9]\\d{0,3}[ /-]?)\\d(?:[ -]?\\d){4,8}(?!\\p{N}|[/.-]\\p{N})");

    private PersonalDataCheck() {
    }

    /** The first piece of personal data in the text, in the order ЕГН, ЛНЧ, e-mail, telephone; empty when none. */
    public static Optional<Finding> find(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Matcher digits = TEN_DIGITS.matcher(text);
        while (digits.find()) {
            String number = digits.group();
            if (isEgn(number)) return Optional.of(new Finding(Kind.EGN, digits.start(), digits.end()));
            if (number.charAt(0) != '0' && isLnch(number)) return Optional.of(new Finding(Kind.LNCH, digits.start(), digits.end()));
        }
        Matcher email = EMAIL.matcher(text);
        if (email.find()) return Optional.of(new Finding(Kind.EMAIL, email.start(), email.end()));
        Matcher international = INTERNATIONAL.matcher(text);
        while (international.find()) {
            int count = digitCount(international.group()) - 3; // without the country code
            if (count >= 8 && count <= 10) return Optional.of(new Finding(Kind.PHONE, international.start(), international.end()));
        }
        Matcher national = NATIONAL.matcher(text);
        while (national.find()) {
            int count = digitCount(national.group());
            if (count >= 9 && count <= 10) return Optional.of(new Finding(Kind.PHONE, national.start(), national.end()));
        }
        return Optional.empty();
    }

    /** Ten digits with a real date of birth (months +20 for the 1800s, +40 for the 2000s) and the ЕГН checksum. */
    public static boolean isEgn(String number) {
        if (number == null || !number.matches("\\d{10}")) return false;
        int year = Integer.parseInt(number.substring(0, 2));
        int month = Integer.parseInt(number.substring(2, 4));
        int day = Integer.parseInt(number.substring(4, 6));
        if (month > 40) {
            month -= 40;
            year += 2000;
        } else if (month > 20) {
            month -= 20;
            year += 1800;
        } else {
            year += 1900;
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return false;
        }
        int check = weighted(number, EGN_WEIGHTS) % 11;
        return (check == 10 ? 0 : check) == number.charAt(9) - '0';
    }

    /** Ten digits with the ЛНЧ checksum (weights 21, 19, 17, 13, 11, 9, 7, 3, 1, modulo 10). */
    public static boolean isLnch(String number) {
        if (number == null || !number.matches("\\d{10}")) return false;
        return weighted(number, LNCH_WEIGHTS) % 10 == number.charAt(9) - '0';
    }

    private static int weighted(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += (number.charAt(i) - '0') * weights[i];
        return sum;
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) n++;
        return n;
    }
}
