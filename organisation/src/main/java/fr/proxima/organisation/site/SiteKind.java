package fr.proxima.organisation.site;

/** What a site is; the French label is for display. */
public enum SiteKind {
    TOWN_HALL("Hôtel de ville"),
    TOWN_HALL_ANNEX("Mairie annexe"),
    HEADQUARTERS("Siège administratif"),
    NURSERY_SCHOOL("École maternelle"),
    PRIMARY_SCHOOL("École élémentaire"),
    LIBRARY("Médiathèque"),
    TECHNICAL_CENTRE("Centre technique municipal"),
    DAY_NURSERY("Crèche"),
    SPORTS_HALL("Gymnase"),
    SOCIAL_ACTION_CENTRE("CCAS"),
    MUNICIPAL_POLICE("Police municipale"),
    MUSIC_SCHOOL("Conservatoire / école de musique"),
    COMMUNITY_CENTRE("Centre social"),
    CULTURAL_CENTRE("Espace culturel"),
    OTHER("Autre");

    private final String label;

    SiteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
