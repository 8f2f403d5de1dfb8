package bg.integra.attendance;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** An attendance list that was not imported at all, with every problem found in it. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("The list was not imported: " + problems.stream().limit(5).map(ImportProblem::toString).toList()
                + (problems.size() > 5 ? " and " + (problems.size() - 5) + " more" : ""));
        if (problems.isEmpty()) throw new IllegalArgumentException("Name at least one problem");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
