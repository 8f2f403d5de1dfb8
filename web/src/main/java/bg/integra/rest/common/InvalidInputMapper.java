package bg.integra.rest.common;

import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.web.common.FieldProblemTexts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Fields a service refused: 400 naming each field, what is wrong with it in English (from {@code i18n/api.properties},
 * by the problem's code) and the code with its arguments.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.api", Locale.ROOT, InvalidInputMapper.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.fields().entrySet().stream()
                .map(f -> error(f.getKey(), f.getValue()))
                .sorted(Comparator.comparing(Problem.FieldError::name))
                .toList();
        return Problems.of(Response.Status.BAD_REQUEST, "The request has invalid fields", uri, errors);
    }

    static Problem.FieldError error(String field, FieldProblem problem) {
        String message = FieldProblemTexts.text(TEXTS, Locale.ENGLISH, "problem.", field, problem);
        return new Problem.FieldError(field, message, problem.code().key(),
                problem.arguments().isEmpty() ? null : problem.arguments());
    }
}
