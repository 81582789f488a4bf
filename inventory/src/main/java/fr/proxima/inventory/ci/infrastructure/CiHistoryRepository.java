package fr.proxima.inventory.ci.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Package-private: the history is read through {@link CiReader#history} (scoped by its CI). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CiHistoryRepository extends CrudRepository<CiHistoryRow, Long> {
    @Query("SELECT * FROM inv_ci_history WHERE ci_id = :ciId ORDER BY at, id")
    List<CiHistoryRow> findHistory(long ciId);
}
