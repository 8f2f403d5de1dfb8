package bg.integra.web.common;

import bg.integra.account.Passwords;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.media.InvalidFileException;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

/**
 * Turns the failures a back-office action expects into messages on the form, in the page's language: a conflict by
 * its reason key and arguments, a field a service refused by its {@link bg.integra.common.FieldProblem} code
 * ({@code problem.<code>}). Anything else is rethrown and ends on the error page, which shows no technical detail.
 */
public final class BackofficeErrors {

    private BackofficeErrors() {
    }

    /** An upload refused for its content (type, size, pixels) as a message at the file field; else as {@link #show}. */
    public static void showUpload(RuntimeException e, String field) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof InvalidFileException invalid) {
            FacesMessages.error(field, "cnt." + invalid.reason());
        } else {
            show(e);
        }
    }

    /** A broken rule at its field of the form (a {@link RuleRefusedException}, and the form marked invalid); else as {@link #show}. */
    public static void showAtField(RuntimeException e, String form) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof RuleRefusedException refused) {
            FacesMessages.error(form + ":" + refused.field(), refused.reason());
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            show(e);
        }
    }

    /**
     * A service's refusal of fields ({@link InvalidInputException}) as a message at each field's input, in the page's
     * language, and the form marked invalid; {@code clientIds} names the input of a field as the service names it
     * ({@code situation.en} → {@code form:situation_en}), null for one the form has no input for (then the message
     * is the form's). An entity's own constraint ({@link ConstraintViolationException}: a link that is no web address)
     * goes to the input of the property it names first ({@code link}, {@code links[0]} → {@code links}). Anything else as
     * {@link #show}.
     */
    public static void showAtFields(RuntimeException e, java.util.function.Function<String, String> clientIds) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof InvalidInputException invalid) {
            invalid.fields().forEach((field, problem) -> FacesMessages.errorText(clientIds.apply(field), FacesMessages.text(field, problem)));
            FacesContext.getCurrentInstance().validationFailed();
        } else if (cause instanceof ConstraintViolationException v) {
            v.getConstraintViolations().forEach(violation -> {
                var nodes = violation.getPropertyPath().iterator();
                String property = nodes.hasNext() ? nodes.next().getName() : null;
                FacesMessages.errorText(property == null ? null : clientIds.apply(property), violation.getMessage());
            });
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            show(e);
        }
    }

    /** Whether {@link #show} turns the failure into a message (rather than rethrowing it to the error page). */
    public static boolean isExpected(Throwable e) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        return cause instanceof ConflictException || cause instanceof InvalidInputException
                || cause instanceof Passwords.WeakPasswordException || cause instanceof ConstraintViolationException
                || cause instanceof AccessDeniedException || cause instanceof NotFoundException;
    }

    /** An expected failure ({@link #isExpected}) as a message on the page; anything else is rethrown. */
    public static void show(RuntimeException e) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof ConflictException c) {
            FacesMessages.error(null, c.reason(), c.arguments().toArray());
        } else if (cause instanceof InvalidInputException invalid) {
            invalid.fields().forEach((field, problem) -> FacesMessages.errorText(FacesMessages.text(field, problem)));
        } else if (cause instanceof Passwords.WeakPasswordException) {
            FacesMessages.error(null, "account.password.weak");
        } else if (cause instanceof ConstraintViolationException v) {
            v.getConstraintViolations().forEach(violation -> FacesMessages.errorText(violation.getMessage()));
        } else if (cause instanceof AccessDeniedException) {
            FacesMessages.error(null, "validation.accessDenied");
        } else if (cause instanceof NotFoundException) {
            FacesMessages.error(null, "error.notFound.title");
        } else {
            throw e;
        }
    }
}
