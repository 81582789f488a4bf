package fr.proxima.organisation.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamRepository extends CrudRepository<Team, String> {
    List<Team> findByKindOrderByName(TeamKind kind);

    List<Team> findAllOrderByName();
}
