package fr.proxima.inventory.stock.infrastructure;

import fr.proxima.inventory.ci.application.CiCommands;
import fr.proxima.inventory.ci.application.CiPatch;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.stock.application.StockCis;
import fr.proxima.organisation.AccessScope;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * The stock's view of the CMDB, over the CI feature's reader and commands: a unit entering stock becomes
 * IN_STOCK without site nor person; issued to a site it becomes IN_SERVICE there (and belongs to that site's
 * commune); scrapped it becomes RETIRED. Written under the mover's scope in the movement's transaction, so the
 * CI's history names the technician, and a CI rule refusing the change (a retired CI received again) rolls the
 * movement back.
 */
@Singleton
class CmdbStockCis implements StockCis {
    private final CiReader reader;
    private final CiCommands commands;

    CmdbStockCis(CiReader reader, CiCommands commands) {
        this.reader = reader;
        this.commands = commands;
    }

    @Override
    public Optional<UnitCi> find(long ciId) {
        return reader.find(ciId, AccessScope.system()).map(ci -> {
            CiDetails d = ci.details();
            return new UnitCi(ci.id(), d.type().name(), d.manufacturer(), d.model(), d.serialNumber(), d.assetTag(),
                    d.status().name(), d.communeCode());
        });
    }

    @Override
    public boolean mayServe(String communeCode, AccessScope by) {
        return commands.mayChangeCommune(communeCode, by);
    }

    @Override
    public void placedInStock(long ciId, String centre, AccessScope by) {
        commands.moveForStock(ciId, CiPatch.move("IN_STOCK", null, null, Set.of("site", "person")), by);
    }

    @Override
    public void issuedTo(long ciId, long siteId, String communeCode, AccessScope by) {
        CiPatch move = CiPatch.move("IN_SERVICE", siteId, null, Set.of("person"));
        commands.moveForStock(ciId, new CiPatch(null, null, null, null, null, move.status(), communeCode, siteId, null,
                null, null, null, null, null, null, move.clear()), by);
    }

    @Override
    public void scrapped(long ciId, String reason, AccessScope by) {
        commands.moveForStock(ciId, CiPatch.move("RETIRED", null, null, Set.of("site", "person")), by);
    }
}
