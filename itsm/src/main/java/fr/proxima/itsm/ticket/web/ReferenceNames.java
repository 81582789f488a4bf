package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.category.Categories;
import fr.proxima.itsm.category.Category;
import fr.proxima.organisation.Organisation;
import jakarta.inject.Singleton;

/**
 * Display names of communes, teams and categories for responses; all three are served from memory by their owners
 * (organisation's facade, the category cache), so a page of fifty tickets costs no lookup in the database.
 */
@Singleton
class ReferenceNames {
    private final Organisation organisation;
    private final Categories categories;

    ReferenceNames(Organisation organisation, Categories categories) {
        this.organisation = organisation;
        this.categories = categories;
    }

    String commune(String code) {
        return code == null ? null : organisation.communeName(code);
    }

    String team(String code) {
        return code == null ? null : organisation.team(code).map(Organisation.TeamInfo::name).orElse(code);
    }

    String category(String code) {
        return code == null ? null : categories.find(code).map(Category::name).orElse(code);
    }
}
