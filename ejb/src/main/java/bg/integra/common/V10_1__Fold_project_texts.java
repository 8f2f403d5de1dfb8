package bg.integra.common;

import bg.integra.project.Project;
import bg.integra.project.ProjectText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Migration 10.1: fills {@code project.folded_text} (added by V10) for the projects that exist, with the same
 * {@link Project#folded} the entity uses, because the folding is Java and cannot be written in SQL.
 */
public class V10_1__Fold_project_texts extends BaseJavaMigration { // Flyway reads the version from the name

    @Override
    public void migrate(Context context) throws Exception {
        Map<Long, String> numbers = new HashMap<>();
        Map<Long, Map<String, ProjectText>> texts = new HashMap<>();
        try (Statement s = context.getConnection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, contract_number FROM project")) {
                while (rs.next()) numbers.put(rs.getLong(1), rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT project_id, lang, title, summary FROM project_text")) {
                while (rs.next()) {
                    texts.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getString(2), new ProjectText(rs.getString(3), rs.getString(4)));
                }
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "UPDATE project SET folded_text = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> p : numbers.entrySet()) {
                String folded = Project.folded(p.getValue(), texts.getOrDefault(p.getKey(), Map.of()));
                update.setString(1, folded.length() > Project.SEARCH_TEXT_LENGTH
                        ? folded.substring(0, Project.SEARCH_TEXT_LENGTH) : folded);
                update.setLong(2, p.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
