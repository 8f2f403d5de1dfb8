package bg.integra.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with one value a person or a partner site sent: a {@link Code} and the values its message names
 * (the longest length allowed, the values allowed). Services raise it in no language at all; each boundary turns
 * it into text once, in its own language: the API from {@code i18n/api.properties}, the portal's registration
 * form and the back-office from {@code i18n/messages*.properties}.
 *
 * @param code      what is wrong
 * @param arguments the code's parameters by name, in the order {@link Code#parameters()} lists them
 */
public record FieldProblem(Code code, Map<String, Object> arguments) {

    /**
     * The kinds of problem. {@link #key()} is part of the API (each field error carries it) and of the bundle keys:
     * never rename one.
     */
    public enum Code {
        /** Missing or blank. */
        REQUIRED("required"),
        /** Longer than {@code max} characters. */
        TOO_LONG("tooLong", "max"),
        /** Not of the form the field needs (an e-mail address, a phone number). */
        MALFORMED("malformed"),
        /** Not one of the values {@code allowed} (a target group, a language). */
        NOT_ONE_OF("notOneOf", "allowed"),
        /** Consent to the processing of personal data was not given. */
        CONSENT_REQUIRED("consentRequired"),
        /** The consent given was to an earlier version of the stated purpose; {@code current} is the version now. */
        CONSENT_VERSION("consentVersion", "current"),
        /** A date later than the rule allows; {@code earliest} is the latest date that would pass (a practice's start). */
        TOO_RECENT("tooRecent", "earliest"),
        /** The text holds personal data; {@code found} says what: {@code egn}, {@code lnch}, {@code phone}, {@code email}. */
        PERSONAL_DATA("personalData", "found"),
        /** A date earlier than the rule allows; {@code earliest} is the earliest date that would pass (an upcoming initiative's start). */
        TOO_EARLY("tooEarly", "earliest"),
        /** Shorter than {@code min} characters (a forum post, a topic's title, a password). */
        TOO_SHORT("tooShort", "min"),
        /** A value that must be unique and is someone else's already (a forum handle). */
        TAKEN("taken");

        private final String key;
        private final List<String> parameters;

        Code(String key, String... parameters) {
            this.key = key;
            this.parameters = List.of(parameters);
        }

        /** The stable name: the API's {@code code} and the last part of a bundle key. */
        public String key() {
            return key;
        }

        /** The names of the values a message of this code may name, in the order of the bundles' {@code {0}}, {@code {1}}. */
        public List<String> parameters() {
            return parameters;
        }
    }

    public FieldProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        if (!List.copyOf(arguments.keySet()).equals(code.parameters())) {
            throw new IllegalArgumentException(code + " takes " + code.parameters() + ", not " + arguments.keySet());
        }
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    private static FieldProblem of(Code code, Object... values) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            arguments.put(code.parameters().get(i), Objects.requireNonNull(values[i], code.parameters().get(i)));
        }
        return new FieldProblem(code, arguments);
    }

    public static FieldProblem required() {
        return of(Code.REQUIRED);
    }

    public static FieldProblem tooLong(int max) {
        return of(Code.TOO_LONG, max);
    }

    public static FieldProblem malformed() {
        return of(Code.MALFORMED);
    }

    public static FieldProblem notOneOf(List<String> allowed) {
        return of(Code.NOT_ONE_OF, List.copyOf(allowed));
    }

    public static FieldProblem consentRequired() {
        return of(Code.CONSENT_REQUIRED);
    }

    public static FieldProblem consentVersion(String current) {
        return of(Code.CONSENT_VERSION, current);
    }

    public static FieldProblem tooRecent(java.time.LocalDate earliest) {
        return of(Code.TOO_RECENT, earliest.toString());
    }

    public static FieldProblem personalData(String found) {
        return of(Code.PERSONAL_DATA, found);
    }

    public static FieldProblem tooEarly(java.time.LocalDate earliest) {
        return of(Code.TOO_EARLY, earliest.toString());
    }

    public static FieldProblem tooShort(int min) {
        return of(Code.TOO_SHORT, min);
    }

    public static FieldProblem taken() {
        return of(Code.TAKEN);
    }

    /** The arguments in the order of the code's parameters: {@code {0}}, {@code {1}}… of a message pattern. */
    public Object[] positional() {
        return arguments.values().toArray();
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? code.key() : code.key() + arguments;
    }
}
