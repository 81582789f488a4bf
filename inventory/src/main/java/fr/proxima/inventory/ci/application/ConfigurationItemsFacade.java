package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.CiRef;
import fr.proxima.inventory.ConfigurationItems;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiViews;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.AccessScope;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The configuration database as seen by the other modules. */
@Singleton
class ConfigurationItemsFacade implements ConfigurationItems {
    private final CiReader reader;
    private final CiCommands commands;

    ConfigurationItemsFacade(CiReader reader, CiCommands commands) {
        this.reader = reader;
        this.commands = commands;
    }

    @Override
    public Optional<CiRef> findReadable(long ciId, AccessScope scope) {
        return reader.find(ciId, scope).map(ConfigurationItemsFacade::ref);
    }

    @Override
    public CiRef requireReadable(long ciId, AccessScope scope) {
        return findReadable(ciId, scope).orElseThrow(InvProblems::ciNotFound);
    }

    @Override
    public boolean linkTicket(long ciId, long ticketId, String ticketNumber, String ticketCommune, AccessScope scope) {
        return commands.linkTicket(ciId, ticketId, ticketNumber, ticketCommune, scope);
    }

    @Override
    public void unlinkTicket(long ciId, long ticketId, AccessScope scope) {
        commands.unlinkTicket(ciId, ticketId, scope);
    }

    @Override
    public List<LinkedTicket> ticketsOf(long ciId, AccessScope scope) {
        return reader.tickets(ciId, scope).orElseThrow(InvProblems::ciNotFound).stream()
                .map(t -> new LinkedTicket(t.ticketId(), t.ticketNumber(), t.ticketCommune(), t.linkedBy(),
                        t.linkedAt()))
                .toList();
    }

    @Override
    public List<CiRef> namedByTicket(long ticketId, AccessScope scope) {
        return reader.namedBy(ticketId, scope).stream().map(ConfigurationItemsFacade::ref).toList();
    }

    static CiRef ref(ConfigurationItem ci) {
        return new CiRef(ci.id(), ci.details().assetTag(), ci.details().type().name(), ci.details().manufacturer(),
                ci.details().model(), ci.details().status().name(), ci.communeCode());
    }

    static CiRef ref(CiViews.CiRef r) {
        return new CiRef(r.id(), r.assetTag(), r.type().name(), r.manufacturer(), r.model(), r.status().name(),
                r.communeCode());
    }
}
