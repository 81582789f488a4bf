package fr.proxima.inventory.ci.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Package-private: a machine's software is read through {@link CiReader} and written by {@link CiStore}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InstalledSoftwareRepository extends CrudRepository<InstalledSoftwareRow, Long> {

    @Query("SELECT * FROM inv_installed_software WHERE ci_id = :ciId ORDER BY name, version, id")
    List<InstalledSoftwareRow> findOf(long ciId);
}
