package fr.proxima.itsm;

import fr.proxima.testing.ModuleArchitectureTest;

/** The module-boundary rules, checked on the itsm module's production classes. */
class ItsmArchitectureTest extends ModuleArchitectureTest {
    ItsmArchitectureTest() {
        super("itsm");
    }
}
