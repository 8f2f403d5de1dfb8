package bg.integra.rest.hsds;

import bg.integra.common.NotFoundException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HSDS identifies every record by a UUID; ours have numbers. A record's UUID is its number in the last twelve hex
 * digits behind a prefix naming its type, {@code 0000000T-PPPP-4000-8000-NNNNNNNNNNNN} (T the {@link Type}, N the
 * number, P a part of a record that HSDS gives an object of its own: a schedule, a language), so that it is the
 * same at every read, and a top-level record's UUID reads back to its number. A version-4, RFC 4122 variant UUID
 * in form only: the prefix, not chance, keeps them apart.
 */
public final class HsdsIds {

    /** What a UUID identifies; the number is its first group. */
    public enum Type {
        ORGANIZATION(1, "Organization"), SERVICE(2, "Service"), LOCATION(3, "Location"),
        SERVICE_AT_LOCATION(4, "Service at location"),
        /** Opening hours of a location: part = ISO weekday × 1440 + opening minute of the first day they apply to. */
        SCHEDULE(5, "Schedule"),
        /** A language of a service or a location: part = the ISO 639 code read as a number in base 27. */
        SERVICE_LANGUAGE(6, "Language"), LOCATION_LANGUAGE(7, "Language"),
        ORGANIZATION_PHONE(8, "Phone"), SERVICE_PHONE(9, "Phone"), LOCATION_PHONE(10, "Phone"),
        ADDRESS(11, "Address"), ACCESSIBILITY(12, "Accessibility");

        private final int number;
        private final String label;

        Type(int number, String label) {
            this.number = number;
            this.label = label;
        }
    }

    private static final Pattern UUID = Pattern.compile(
            "([0-9a-f]{8})-([0-9a-f]{4})-4000-8000-([0-9a-f]{12})", Pattern.CASE_INSENSITIVE);
    private static final long MAX_NUMBER = 0xFFFF_FFFF_FFFFL;

    private HsdsIds() {
    }

    /** The UUID of a top-level record (an organization, a service, a location, a service at a location). */
    public static String of(Type type, long number) {
        return of(type, number, 0);
    }

    /** The UUID of a part of record {@code number}: its schedule, a language (see {@link Type}). */
    public static String of(Type type, long number, int part) {
        if (number < 1 || number > MAX_NUMBER) throw new IllegalArgumentException("Not a record number: " + number);
        if (part < 0 || part > 0xFFFF) throw new IllegalArgumentException("Not a part: " + part);
        return String.format(Locale.ROOT, "%08x-%04x-4000-8000-%012x", type.number, part, number);
    }

    /**
     * The number of the record of this type that {@code uuid} names; not found for anything else (not a UUID, one
     * of another type or of a part, one of another system).
     */
    public static long number(Type type, String uuid) {
        Matcher m = uuid == null ? null : UUID.matcher(uuid);
        if (m == null || !m.matches() || Long.parseLong(m.group(1), 16) != type.number || Integer.parseInt(m.group(2), 16) != 0) {
            throw new NotFoundException(type.label, shortened(uuid));
        }
        long number = Long.parseLong(m.group(3), 16);
        if (number < 1) throw new NotFoundException(type.label, uuid);
        return number;
    }

    /** The part number of a language: its code, two or three letters a–z, in base 27 (at most 19,682). */
    public static int language(String code) {
        int n = 0;
        for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c < 'a' || c > 'z') throw new IllegalArgumentException("Not an ISO 639 code: " + code);
            n = n * 27 + (c - 'a' + 1);
        }
        if (code.length() > 3) throw new IllegalArgumentException("Not an ISO 639 code: " + code);
        return n;
    }

    private static String shortened(String text) {
        if (text == null) return "";
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
