package bg.integra.common;

import bg.integra.forum.ForumPost;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Migration 21.1: fills {@code forum_post.search_text} (added by V21) for the posts that exist, with the same
 * {@link ForumPost#searchText} the entity uses, because the folding is Java and cannot be written in SQL. Reads and
 * writes in batches of a thousand, so that a large forum does not have to fit in memory.
 */
public class V21_1__Fold_forum_posts extends BaseJavaMigration { // Flyway reads the version from the name

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement select = context.getConnection().prepareStatement(
                    "SELECT id, markdown FROM forum_post WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
                 PreparedStatement update = context.getConnection().prepareStatement(
                         "UPDATE forum_post SET search_text = ? WHERE id = ?")) {
                select.setLong(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        update.setString(1, ForumPost.searchText(rs.getString(2)));
                        update.setLong(2, after);
                        update.addBatch();
                        read++;
                    }
                }
                if (read > 0) update.executeBatch();
            }
            if (read < BATCH) return;
        }
    }
}
