package fr.proxima.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask the organisation: the module's public API, by ID, returning small immutable records
 * (never the organisation's entities). Communes, teams and the commune → centre map are served from memory, so
 * these calls are cheap enough for every ticket.
 *
 * <p>The unscoped lookups ({@link #person(long)}, {@link #site(long)}) are for validation and routing inside a
 * use case (does the requester belong to the ticket's commune? is it a VIP?); to show a person or a site to a
 * user, use the scoped variants, which answer empty outside the user's scope.
 */
public interface Organisation {

    /** A commune or the Métropole. */
    record CommuneInfo(String code, String name, boolean metropole, boolean mutualised, Integer population) {
    }

    /** An agent of a commune: a caller or a requester. */
    record PersonInfo(long id, String communeCode, Long siteId, String firstName, String lastName,
                      String displayName, String phone, String email, boolean vip, boolean active) {
    }

    /** A building of a commune. */
    record SiteInfo(long id, String communeCode, String name, String kind, boolean active) {
    }

    /** A proximity centre or a central support group. */
    record TeamInfo(String code, String name, boolean proximityCentre, boolean active) {
    }

    /** A user account (never its password hash). */
    record UserInfo(long id, String username, String displayName, Role role, String teamCode, String communeCode,
                    boolean active) {
    }

    /** The person, whatever the scope (for validation); empty when unknown. */
    Optional<PersonInfo> person(long id);

    /** The person if the scope may read it (a commune viewer: its commune only). */
    Optional<PersonInfo> person(AccessScope scope, long id);

    /** The site, whatever the scope (for validation); empty when unknown. */
    Optional<SiteInfo> site(long id);

    /** The site if the scope may read it. */
    Optional<SiteInfo> site(AccessScope scope, long id);

    /** The people among {@code ids} the scope may read (unknown and out-of-scope ids are left out). */
    List<PersonInfo> people(AccessScope scope, Collection<Long> ids);

    /** The active people of a commune, by name, if the scope reads that commune (else empty). */
    List<PersonInfo> activePeople(AccessScope scope, String communeCode);

    /** The open sites of a commune, by name, if the scope reads that commune (else empty). */
    List<SiteInfo> activeSites(AccessScope scope, String communeCode);

    /** The sites among {@code ids} the scope may read (unknown and out-of-scope ids are left out). */
    List<SiteInfo> sites(AccessScope scope, Collection<Long> ids);

    /** The code of the proximity centre serving the commune at that instant (past instants included). */
    Optional<String> centreOf(String communeCode, Instant at);

    Optional<TeamInfo> team(String code);

    /** The five proximity centres, by name. */
    List<TeamInfo> centres();

    Optional<UserInfo> user(long id);

    boolean communeExists(String code);

    Optional<CommuneInfo> commune(String code);

    /** The commune's name, or the code itself when the commune is unknown. */
    String communeName(String code);
}
