package fr.proxima.organisation.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccountRepository extends CrudRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByTeamCodeOrderByDisplayName(String teamCode);

    List<UserAccount> findByTeamCodeAndActiveOrderByDisplayName(String teamCode, boolean active);

    List<UserAccount> findAllOrderByUsername();
}
