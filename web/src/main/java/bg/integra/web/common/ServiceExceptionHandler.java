package bg.integra.web.common;

import bg.integra.common.AccessDeniedException;
import bg.integra.common.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;

/**
 * Where a service's exception reaches a person in the back-office, once for every page, as {@code rest.common}'s
 * mappers do for the API: a record that does not exist, or that the caller may not act on ({@link NotFoundException},
 * {@link AccessDeniedException}, {@link EJBAccessException}), is the 404 page; a refusal an action did not handle
 * itself ({@link BackofficeErrors#show}: a conflict, a broken rule, invalid values) is a message on the page shown
 * again. Anything else goes on to the error page, which shows no technical detail. So a backing bean's
 * {@code load()} simply calls the service, and a wrapped {@code EJBException} is never unwrapped by hand.
 */
public class ServiceExceptionHandler extends ExceptionHandlerWrapper {

    public ServiceExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (faces != null && events.hasNext()) {
            Throwable cause = cause(events.next().getContext().getException());
            if (cause instanceof NotFoundException || cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                events.remove();
                notFound(faces);
            } else if (cause instanceof RuntimeException refused && !faces.getResponseComplete()
                    && BackofficeErrors.isExpected(refused)) {
                events.remove();
                BackofficeErrors.show(refused);
                faces.validationFailed();
            }
        }
        super.handle();
    }

    /** The service's own exception inside the wrappers of EL, Faces, reflection and the EJB container. */
    public static Throwable cause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof FacesException || cause instanceof ELException || cause instanceof EJBException
                || cause instanceof InvocationTargetException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The 404 page, unless the answer has already begun (then the error page is all that is left). */
    public static void notFound(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (!external.isResponseCommitted()) {
            try {
                external.responseReset();
                external.responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        faces.responseComplete();
    }

    /** Installed by faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ServiceExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
