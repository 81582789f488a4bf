package fr.proxima.organisation.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Sites are scoped data: every read takes the scope's commune filter ({@code null} = every commune), so nothing
 * here can read a site without saying whose scope it is. Package-private: only {@link Sites} uses it.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SiteRepository extends GenericRepository<Site, Long> {

    Site save(Site site);

    Site update(Site site);

    @Query("SELECT * FROM org_site WHERE id = :id AND (:scope IS NULL OR commune_code = :scope)")
    Optional<Site> find(long id, @Nullable String scope);

    /** Sites by name; {@code nameLike} is {@code %q%} (sites are a few hundred, the commune index narrows it). */
    @Query("""
            SELECT * FROM org_site
             WHERE (:scope IS NULL OR commune_code = :scope)
               AND (:commune IS NULL OR commune_code = :commune)
               AND (:nameLike IS NULL OR name LIKE :nameLike)
             ORDER BY name, id LIMIT :limit OFFSET :offset""")
    List<Site> search(@Nullable String scope, @Nullable String commune, @Nullable String nameLike, int limit,
                      long offset);

    @Query("SELECT * FROM org_site WHERE id IN (:ids) AND (:scope IS NULL OR commune_code = :scope)")
    List<Site> findAll(java.util.Collection<Long> ids, @Nullable String scope);

    @Query("""
            SELECT * FROM org_site WHERE commune_code = :commune AND active = TRUE
               AND (:scope IS NULL OR commune_code = :scope) ORDER BY name, id""")
    List<Site> activeInCommune(String commune, @Nullable String scope);

    @Query("SELECT COUNT(*) FROM org_site WHERE commune_code = :commune")
    long countInCommune(String commune);
}
