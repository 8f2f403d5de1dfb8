package bg.integra.web.common;

import bg.integra.common.FieldProblem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one rule by which every boundary turns a {@link FieldProblem} into text: the bundle's key is a prefix of the
 * boundary's own and the code ({@code regForm.error.required}), or the same followed by the field when that field
 * has a text of its own ({@code regForm.error.required.email}, also for the field in another language:
 * {@code plan.en}); the problem's arguments are {@code {0}}, {@code {1}}…
 * in the order of {@link FieldProblem.Code#parameters()} (a code among them in the bundle's words, see
 * {@link #text}), and a boundary's extra values (a field's label) follow them. The API uses the prefix
 * {@code problem.} in {@code i18n/api.properties}, the portal's registration form {@code regForm.error.} and the
 * back-office {@code problem.} in {@code i18n/messages*.properties}.
 */
public final class FieldProblemTexts {

    private FieldProblemTexts() {
    }

    /**
     * The key of the problem's text: the field's own if the bundle has one (a field of one language, {@code plan.en},
     * takes the field's, {@code plan}, when it has none of its own), else the code's.
     */
    public static String key(ResourceBundle bundle, String prefix, String field, FieldProblem.Code code) {
        if (field != null) {
            String own = prefix + code.key() + "." + field;
            if (bundle.containsKey(own)) return own;
            int dot = field.indexOf('.');
            String named = dot > 0 ? prefix + code.key() + "." + field.substring(0, dot) : null;
            if (named != null && bundle.containsKey(named)) return named;
        }
        return prefix + code.key();
    }

    /** The problem's text in the bundle's language, with {@code extra} values after the problem's arguments. */
    public static String text(ResourceBundle bundle, Locale locale, String prefix, String field, FieldProblem problem,
                              Object... extra) {
        Object[] arguments = words(bundle, prefix, problem);
        Object[] all = Arrays.copyOf(arguments, arguments.length + extra.length);
        System.arraycopy(extra, 0, all, arguments.length, extra.length);
        return new MessageFormat(bundle.getString(key(bundle, prefix, field, problem.code())), locale).format(all);
    }

    /**
     * The problem's arguments for a person to read: an argument that is a code the bundle names in words
     * ({@code <prefix><parameter>.<value>}: {@code problem.found.egn} "ЕГН") is given in those words; any other
     * (a length, a date) as it is. The API's answer keeps the codes themselves beside the text.
     */
    private static Object[] words(ResourceBundle bundle, String prefix, FieldProblem problem) {
        return problem.arguments().entrySet().stream().map(argument -> {
            String key = prefix + argument.getKey() + "." + argument.getValue();
            return argument.getValue() instanceof String && bundle.containsKey(key) ? bundle.getString(key) : argument.getValue();
        }).toArray();
    }
}
