package bg.integra.attendance;

import bg.integra.common.FieldProblem;

/**
 * One thing wrong with an imported list: the row as a spreadsheet numbers it (the header is row 1; 0 for the file
 * as a whole), the column (null for the whole row or file), a message key of the {@code att.import.*} family and
 * the value the message names (a limit, say), if any.
 */
public record ImportProblem(int row, String column, String reason, Object argument) {

    public static ImportProblem ofFile(String reason, Object argument) {
        return new ImportProblem(0, null, reason, argument);
    }

    /**
     * A cell that breaks a rule of a registration ({@link bg.integra.registration.Registrant#problems()}), in the
     * list's own keys: the problem's code names the key, its limit (if any) is the argument.
     */
    static ImportProblem of(int row, String column, FieldProblem problem) {
        String reason = switch (problem.code()) {
            case REQUIRED -> "att.import.required";
            case TOO_LONG -> "att.import.tooLong";
            case MALFORMED -> switch (column) {
                case "email" -> "att.import.invalidEmail";
                case "phone" -> "att.import.invalidPhone";
                default -> "att.import.invalid";
            };
            case NOT_ONE_OF, CONSENT_REQUIRED, CONSENT_VERSION, TOO_RECENT, PERSONAL_DATA, TOO_EARLY, TOO_SHORT, TAKEN -> "att.import.invalid";
        };
        return new ImportProblem(row, column, reason, problem.code() == FieldProblem.Code.TOO_LONG
                ? problem.arguments().get("max") : null);
    }

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column == null ? "" : ", " + column) + ": " + reason
                + (argument == null ? "" : " (" + argument + ")");
    }
}
