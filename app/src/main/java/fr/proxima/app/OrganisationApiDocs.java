package fr.proxima.app;

import io.micronaut.openapi.annotation.OpenAPIInclude;

/**
 * Brings the organisation module's endpoints into the application's OpenAPI document: micronaut-openapi documents
 * only the controllers compiled with the {@code @OpenAPIDefinition}, and the modules' controllers come from jars.
 */
@OpenAPIInclude(classNames = {
        "fr.proxima.organisation.commune.CommuneController",
        "fr.proxima.organisation.commune.CentreController",
        "fr.proxima.organisation.team.TeamController",
        "fr.proxima.organisation.user.TeamMembersController",
        "fr.proxima.organisation.site.SiteController",
        "fr.proxima.organisation.person.PersonController",
        "fr.proxima.organisation.user.UserController",
        "fr.proxima.organisation.user.MeController",
        "fr.proxima.organisation.audit.AuditController"})
final class OrganisationApiDocs {
    private OrganisationApiDocs() {
    }
}
