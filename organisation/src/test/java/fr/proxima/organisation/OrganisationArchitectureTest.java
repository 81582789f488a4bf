package fr.proxima.organisation;

import fr.proxima.testing.ModuleArchitectureTest;

/** The module-boundary rules, checked on the organisation module's production classes. */
class OrganisationArchitectureTest extends ModuleArchitectureTest {
    OrganisationArchitectureTest() {
        super("organisation");
    }
}
