package fr.proxima.organisation.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * People are scoped data: every read takes the scope's commune filter ({@code null} = every commune).
 * Package-private: only {@link People} uses it. The caller search is a union of index range scans (one per
 * matching column) joined back on the primary key, so it never scans the table; {@code PersonSearchTest} checks
 * it with EXPLAIN.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PersonRepository extends GenericRepository<Person, Long> {

    String FILTERS = """
             WHERE (:scope IS NULL OR p.commune_code = :scope)
               AND (:commune IS NULL OR p.commune_code = :commune)
               AND (:site IS NULL OR p.site_id = :site)
            """;
    String ORDER = " ORDER BY p.search_key, p.id LIMIT :limit OFFSET :offset";

    String BY_NAME = """
            SELECT p.* FROM org_person p
              JOIN (SELECT id FROM org_person WHERE search_key LIKE :name
                    UNION SELECT id FROM org_person WHERE search_key_first LIKE :name
                    UNION SELECT id FROM org_person WHERE email LIKE :email) m ON m.id = p.id
            """ + FILTERS + ORDER;

    String BY_PHONE = """
            SELECT p.* FROM org_person p
              JOIN (SELECT id FROM org_person WHERE phone_digits LIKE :digits
                    UNION SELECT id FROM org_person WHERE mobile_digits LIKE :digits) m ON m.id = p.id
            """ + FILTERS + ORDER;

    String BY_EMAIL = "SELECT p.* FROM org_person p" + FILTERS + " AND p.email LIKE :email" + ORDER;

    String ALL = "SELECT p.* FROM org_person p" + FILTERS + ORDER;

    Person save(Person person);

    Person update(Person person);

    @Query("SELECT * FROM org_person WHERE id = :id AND (:scope IS NULL OR commune_code = :scope)")
    Optional<Person> find(long id, @Nullable String scope);

    @Query(BY_NAME)
    List<Person> searchByName(@Nullable String scope, @Nullable String commune, @Nullable Long site, String name,
                              String email, int limit, long offset);

    @Query(BY_PHONE)
    List<Person> searchByPhone(@Nullable String scope, @Nullable String commune, @Nullable Long site, String digits,
                               int limit, long offset);

    @Query(BY_EMAIL)
    List<Person> searchByEmail(@Nullable String scope, @Nullable String commune, @Nullable Long site, String email,
                               int limit, long offset);

    @Query(ALL)
    List<Person> list(@Nullable String scope, @Nullable String commune, @Nullable Long site, int limit, long offset);

    @Query("SELECT * FROM org_person WHERE id IN (:ids) AND (:scope IS NULL OR commune_code = :scope)")
    List<Person> findAll(java.util.Collection<Long> ids, @Nullable String scope);

    @Query("""
            SELECT * FROM org_person WHERE commune_code = :commune AND active = TRUE
               AND (:scope IS NULL OR commune_code = :scope) ORDER BY search_key, id""")
    List<Person> activeInCommune(String commune, @Nullable String scope);

    @Query("SELECT COUNT(*) FROM org_person WHERE commune_code = :commune")
    long countInCommune(String commune);
}
