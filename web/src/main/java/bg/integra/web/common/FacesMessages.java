package bg.integra.web.common;

import bg.integra.common.FieldProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the {@code msg} bundle, so that every message a user reads is translatable. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An error on a field (its client id) or, with a null client id, on the whole form. */
    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error whose text is already translated, such as a Bean Validation message. */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** An already translated error at a field (its client id), or on the whole form with a null client id. */
    public static void errorText(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** What a service found wrong with a field, in the page's language: {@code problem.<code>[.<field>]}. */
    public static String text(String field, FieldProblem problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return FieldProblemTexts.text(bundle, faces.getViewRoot().getLocale(), "problem.", field, problem);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_INFO) {
            faces.getExternalContext().getFlash().setKeepMessages(true); // confirmations survive the redirect after a save
        }
    }
}
