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
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before anything else touches it. The data source is defined here so
 * that one environment variable switches the whole application from the embedded H2 file to PostgreSQL,
 * resolved at every start, with no rebuild.
 */
@DataSourceDefinition(
        name = Migrations.DATA_SOURCE,
        className = "${ENV=INTEGRA_DB_DRIVER:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=INTEGRA_DB_URL:jdbc:h2:file:./integra-data/integra}",
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
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
