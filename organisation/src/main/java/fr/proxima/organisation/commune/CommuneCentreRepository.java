package fr.proxima.organisation.commune;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CommuneCentreRepository extends CrudRepository<CommuneCentre, Long> {

    Optional<CommuneCentre> findByCommuneCodeAndValidToIsNull(String communeCode);

    List<CommuneCentre> findByValidToIsNull();

    List<CommuneCentre> findByCommuneCodeOrderByValidFromDesc(String communeCode);

    List<CommuneCentre> findAllOrderByCommuneCodeAndValidFrom();

    @Query("""
            SELECT * FROM org_commune_centre
             WHERE commune_code = :communeCode AND valid_from <= :at AND (valid_to IS NULL OR valid_to > :at)
             ORDER BY valid_from DESC LIMIT 1""")
    Optional<CommuneCentre> findInForce(String communeCode, Instant at);
}
