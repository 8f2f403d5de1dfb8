package bg.integra.rest.common;

import bg.integra.common.PageRequest;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads query parameters strictly. JAX-RS would answer 404 to {@code size=abc} on an {@code int} parameter;
 * taking text and parsing it here gives a 400 that names the parameter instead.
 */
public final class Parameters {

    private Parameters() {
    }

    /** The {@code page} (zero-based, default 0) and {@code size} (1 to 100, default 20) of a list's address. */
    public static PageRequest paging(String page, String size) {
        return new PageRequest(integer("page", page, 0, 0, 1_000_000),
                integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) return defaultValue;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new InvalidParameterException(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number between " + min + " and " + max);
        }
    }

    public static long id(String name, String value) {
        try {
            long n = Long.parseLong(value);
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a positive whole number");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > maxLength) {
            throw new InvalidParameterException(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** {@code true} or {@code false} (any case), or null when absent or blank. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) return null;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, "must be true or false");
        };
    }

    /** A decimal number from {@code min} to {@code max} inclusive (a latitude), or null when absent or blank. */
    public static Double decimal(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) return null;
        double n;
        try {
            n = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a number between " + min + " and " + max);
        }
        if (!(n >= min && n <= max)) { // NaN too
            throw new InvalidParameterException(name, "must be a number between " + min + " and " + max);
        }
        return n;
    }

    /** An ISO 639 code of two or three letters, in lower case; null when absent or blank. */
    public static String language(String name, String value) {
        if (value == null || value.isBlank()) return null;
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2,3}")) {
            throw new InvalidParameterException(name, "must be an ISO 639 code of two or three letters");
        }
        return code;
    }

    /** One of the portal's languages; {@code fallback} when none is asked for (null for no filter). */
    public static String portalLanguage(String name, String value, String fallback) {
        String code = language(name, value);
        if (code == null) return fallback;
        if (!bg.integra.common.Languages.PORTAL.contains(code)) {
            throw new InvalidParameterException(name, "must be one of " + bg.integra.common.Languages.PORTAL);
        }
        return code;
    }
}
