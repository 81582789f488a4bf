package fr.proxima.inventory.software;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Package-private: only {@link SoftwareCatalogue} uses it. The catalogue is reference data (not scoped). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SoftwareRepository extends CrudRepository<Software, Long> {

    Optional<Software> findByMatchKey(String matchKey);

    @Query("""
            SELECT * FROM inv_software
             WHERE (:status IS NULL OR status = :status)
               AND (:like IS NULL OR name LIKE :like OR publisher LIKE :like)
             ORDER BY name, id LIMIT :limit OFFSET :offset""")
    List<Software> search(@Nullable String status, @Nullable String like, int limit, long offset);
}
