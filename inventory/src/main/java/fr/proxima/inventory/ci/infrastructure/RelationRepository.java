package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.RelationType;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Package-private: relations are read through {@link CiReader} (scoped by both ends) and written by {@link CiStore}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RelationRepository extends CrudRepository<RelationRow, Long> {

    @Query("SELECT * FROM inv_ci_relation WHERE source_id = :ciId OR target_id = :ciId ORDER BY type, id")
    List<RelationRow> findOf(long ciId);

    @Query("SELECT target_id FROM inv_ci_relation WHERE source_id = :ciId AND type = :type")
    List<Long> findTargets(long ciId, RelationType type);
}
