package bg.integra.web.common;

import bg.integra.common.FieldProblem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one rule by which every boundary turns a {@link FieldProblem} into text: the bundle's key is a prefix of the
 * boundary's own and the code ({@code regForm.error.required}), or the same followed by the field when that field
 * has a text of its own ({@code regForm.error.required.email}); the problem's arguments are {@code {0}}, {@code {1}}…
 * in the order of {@link FieldProblem.Code#parameters()}, and a boundary's extra values (a field's label) follow
 * them. The API uses the prefix {@code problem.} in {@code i18n/api.properties}, the portal's registration form
 * {@code regForm.error.} and the back-office {@code problem.} in {@code i18n/messages*.properties}.
 */
public final class FieldProblemTexts {

    private FieldProblemTexts() {
    }

    /** The key of the problem's text: the field's own if the bundle has one, else the code's. */
    public static String key(ResourceBundle bundle, String prefix, String field, FieldProblem.Code code) {
        String own = prefix + code.key() + "." + field;
        return field != null && bundle.containsKey(own) ? own : prefix + code.key();
    }

    /** The problem's text in the bundle's language, with {@code extra} values after the problem's arguments. */
    public static String text(ResourceBundle bundle, Locale locale, String prefix, String field, FieldProblem problem,
                              Object... extra) {
        Object[] arguments = problem.positional();
        Object[] all = Arrays.copyOf(arguments, arguments.length + extra.length);
        System.arraycopy(extra, 0, all, arguments.length, extra.length);
        return new MessageFormat(bundle.getString(key(bundle, prefix, field, problem.code())), locale).format(all);
    }
}
