package fr.proxima.organisation.commune;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CommuneRepository extends CrudRepository<Commune, String> {
    List<Commune> findAllOrderByName();

    boolean existsByName(String name);

    /** Locks the commune row so that two changes of its centre cannot interleave. */
    @Query("SELECT * FROM org_commune WHERE code = :code FOR UPDATE")
    Optional<Commune> lock(String code);
}
