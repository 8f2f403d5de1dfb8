package bg.integra.web.admin.content;

import bg.integra.common.ConflictException;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

/** The content editor's refusals as messages at their field (the address, the end of an event) or on the form. */
final class ContentErrors {

    private ContentErrors() {
    }

    /** Expected refusals as messages, the form marked invalid; anything else goes to the error page. */
    static void show(RuntimeException e) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof ConflictException c && "conflict.slugTaken".equals(c.reason())) {
            FacesMessages.error("form:slug", "cnt.slugTaken");
        } else if (cause instanceof ConflictException c && ConflictException.STALE.equals(c.reason())) {
            FacesMessages.error(null, "cnt.conflict");
        } else if (cause instanceof ConstraintViolationException v) {
            v.getConstraintViolations().forEach(violation -> {
                String path = violation.getPropertyPath().toString();
                String field = path.startsWith("slug") ? "form:slug"
                        : path.startsWith("endAfterStart") ? "form:endsAt" : null;
                FacesContext.getCurrentInstance().addMessage(field,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
            });
        } else {
            BackofficeErrors.show(e);
        }
        markFailed();
    }

    static void markFailed() {
        FacesContext.getCurrentInstance().validationFailed();
    }
}
