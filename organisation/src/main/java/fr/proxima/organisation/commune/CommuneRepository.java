package fr.proxima.organisation.commune;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CommuneRepository extends CrudRepository<Commune, String> {
    List<Commune> findAllOrderByName();
}
