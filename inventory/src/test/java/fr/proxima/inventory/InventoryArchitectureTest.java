package fr.proxima.inventory;

import fr.proxima.testing.ModuleArchitectureTest;

/** The module-boundary rules, checked on the inventory module's production classes. */
class InventoryArchitectureTest extends ModuleArchitectureTest {
    InventoryArchitectureTest() {
        super("inventory");
    }
}
