package bg.integra.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before anything else touches it. The data source is defined here so
 * that one environment variable switches the whole application from the embedded H2 file to PostgreSQL,
 * resolved at every start, with no rebuild.
 */
@DataSourceDefinition(
        name = Migrations.DATA_SOURCE,
        className = "${ENV=INTEGRA_DB_DRIVER:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=INTEGRA_DB_URL:jdbc:h2:file:./integra-data/integra;WRITE_DELAY=0}",
        user = "${ENV=INTEGRA_DB_USER:integra}",
        password = "${ENV=INTEGRA_DB_PASSWORD:integra}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    public static final String DATA_SOURCE = "java:app/jdbc/integra";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        makeCommitsDurable();
        boolean postgres = isPostgreSql();
        // PostgreSQL also gets its own objects (trigram indexes for the site search) that H2 cannot have
        String[] locations = postgres ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .javaMigrations(new V10_1__Fold_project_texts(), new V21_1__Fold_forum_posts())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * A success the application answered must be on disk: H2 keeps the commits of its last 500 ms in memory unless
     * WRITE_DELAY is 0, and a crashed server then loses what it had confirmed. The shipped URLs set it; a
     * hand-written INTEGRA_DB_URL may not, so the open database is switched here (that holds while the pool keeps
     * it open) and the omission logged, since a reopened database goes back to its URL's setting. PostgreSQL is
     * durable with its defaults; a server set to {@code synchronous_commit = off} or {@code fsync = off} is named.
     */
    private void makeCommitsDurable() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String database = c.getMetaData().getDatabaseProductName();
            if ("H2".equals(database)) {
                int delay = 0;
                try (ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                    while (rs.next()) delay = Math.max(delay, Integer.parseInt(rs.getString(1).trim()));
                }
                if (delay != 0) {
                    s.execute("SET WRITE_DELAY 0");
                    int lost = delay;
                    LOG.warning(() -> "INTEGRA_DB_URL does not set WRITE_DELAY=0: the commits of the last " + lost
                            + " ms would be lost in a crash. The open database now writes every commit; add"
                            + " ;WRITE_DELAY=0 to the URL to keep it so.");
                }
            } else if ("PostgreSQL".equals(database)) {
                for (String setting : new String[]{"synchronous_commit", "fsync"}) {
                    try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                        if (rs.next() && "off".equalsIgnoreCase(rs.getString(1))) {
                            LOG.warning(() -> "PostgreSQL runs with " + setting + " = off: a confirmed change can"
                                    + " be lost in a crash. Turn it on for Integra's database.");
                        }
                    }
                }
            }
        } catch (SQLException | NumberFormatException e) {
            LOG.log(Level.SEVERE, "Could not check that the database keeps every commit", e);
        }
    }

    private boolean isPostgreSql() {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
