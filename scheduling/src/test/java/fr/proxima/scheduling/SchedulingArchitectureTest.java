package fr.proxima.scheduling;

import fr.proxima.testing.ModuleArchitectureTest;

/** The module-boundary rules, checked on the scheduling module's production classes. */
class SchedulingArchitectureTest extends ModuleArchitectureTest {
    SchedulingArchitectureTest() {
        super("scheduling");
    }
}
