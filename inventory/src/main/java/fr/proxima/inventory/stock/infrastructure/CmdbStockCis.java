package fr.proxima.inventory.stock.infrastructure;

import fr.proxima.inventory.stock.application.StockCis;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** The stock's view of the CMDB. TODO(wire): replace by the CI feature's API once merged (stock cannot move units before). */
@Singleton
class CmdbStockCis implements StockCis {
    @Override
    public Optional<UnitCi> find(long ciId) {
        return Optional.empty();
    }

    @Override
    public void placedInStock(long ciId, String centre, String actor, Instant at) {
        throw new UnsupportedOperationException("CMDB not wired yet");
    }

    @Override
    public void issuedTo(long ciId, long siteId, String communeCode, String actor, Instant at) {
        throw new UnsupportedOperationException("CMDB not wired yet");
    }

    @Override
    public void scrapped(long ciId, String reason, String actor, Instant at) {
        throw new UnsupportedOperationException("CMDB not wired yet");
    }
}
