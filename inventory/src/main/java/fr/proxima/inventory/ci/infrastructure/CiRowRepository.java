package fr.proxima.inventory.ci.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Package-private: reached only through {@link CiReader} (every read takes the scope's commune filter, {@code null}
 * for every commune) and {@link CiStore}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CiRowRepository extends CrudRepository<CiRow, Long> {

    @Query("SELECT * FROM inv_ci WHERE id = :id AND (:scope IS NULL OR commune_code = :scope)")
    Optional<CiRow> findScoped(long id, @Nullable String scope);

    @Query("SELECT * FROM inv_ci WHERE id = :id AND (:scope IS NULL OR commune_code = :scope) FOR UPDATE")
    Optional<CiRow> findScopedForUpdate(long id, @Nullable String scope);

    @Query("SELECT * FROM inv_ci WHERE id IN (:ids) AND (:scope IS NULL OR commune_code = :scope)")
    List<CiRow> findAllScoped(Collection<Long> ids, @Nullable String scope);

    @Query("SELECT * FROM inv_ci WHERE asset_tag = :tag AND (:scope IS NULL OR commune_code = :scope)")
    Optional<CiRow> findByAssetTag(String tag, @Nullable String scope);

    @Query("""
            SELECT * FROM inv_ci WHERE manufacturer = :manufacturer AND serial_number = :serial
               AND (:scope IS NULL OR commune_code = :scope)""")
    Optional<CiRow> findBySerial(String manufacturer, String serial, @Nullable String scope);

    @Query("""
            SELECT * FROM inv_ci WHERE agent_device_id = :deviceId AND (:scope IS NULL OR commune_code = :scope)
             ORDER BY id LIMIT 1""")
    Optional<CiRow> findByAgentDevice(String deviceId, @Nullable String scope);

    @Query("SELECT * FROM inv_ci WHERE line_number = :line AND (:scope IS NULL OR commune_code = :scope)")
    Optional<CiRow> findByLineNumber(String line, @Nullable String scope);

    @Query("""
            SELECT * FROM inv_ci WHERE person_id = :person AND (:scope IS NULL OR commune_code = :scope)
             ORDER BY FIELD(status, 'IN_SERVICE', 'LENT', 'UNDER_REPAIR', 'IN_STOCK', 'RETIRED'), asset_tag""")
    List<CiRow> findByPerson(long person, @Nullable String scope);
}
