package bg.integra.attendance;

/**
 * One thing wrong with an imported list: the row as a spreadsheet numbers it (the header is row 1; 0 for the file
 * as a whole), the column (null for the whole row or file), a message key of the {@code att.import.*} family and
 * the value the message names (a limit, say), if any.
 */
public record ImportProblem(int row, String column, String reason, Object argument) {

    public static ImportProblem ofFile(String reason, Object argument) {
        return new ImportProblem(0, null, reason, argument);
    }

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column == null ? "" : ", " + column) + ": " + reason
                + (argument == null ? "" : " (" + argument + ")");
    }
}
