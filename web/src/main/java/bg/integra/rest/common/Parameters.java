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
}
