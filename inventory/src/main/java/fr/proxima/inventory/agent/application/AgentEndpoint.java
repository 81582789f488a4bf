package fr.proxima.inventory.agent.application;

import fr.proxima.inventory.agent.model.AgentInventory;
import fr.proxima.inventory.agent.protocol.InventoryReader;
import fr.proxima.inventory.agent.protocol.OcsCodec;
import fr.proxima.inventory.agent.protocol.OcsProtocolException;
import fr.proxima.inventory.agent.protocol.OcsXml;
import fr.proxima.organisation.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Answers one message of an authenticated agent: {@code PROLOG} → {@code PROLOG_FREQ} and {@code RESPONSE SEND};
 * {@code INVENTORY} → the machine recorded in the token's commune, then {@code RESPONSE NO_ACCOUNT_UPDATE}; any
 * other query (a task this server does not run) → an empty reply. Replies are zlib-compressed XML.
 */
@Singleton
public class AgentEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(AgentEndpoint.class);

    private final OcsCodec codec;
    private final OcsXml xml = new OcsXml(OcsXml.Limits.DEFAULT);
    private final DiscoveredMachines machines;
    private final AgentTokens tokens;
    private final int prologFrequencyHours;
    private final Clock clock;

    AgentEndpoint(DiscoveredMachines machines, AgentTokens tokens,
                  @Value("${proxima.agents.max-inflated-bytes:33554432}") int maxInflated,
                  @Value("${proxima.agents.prolog-frequency-hours:24}") int prologFrequencyHours,
                  @Nullable Clock clock) {
        this.machines = machines;
        this.tokens = tokens;
        this.codec = new OcsCodec(maxInflated);
        this.prologFrequencyHours = prologFrequencyHours;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** What the agent sent and what was done with it. */
    public record Outcome(String query, String deviceId, Long ciId, boolean created, byte[] reply) {
    }

    public Outcome handle(AgentTokens.AgentIdentity agent, byte[] body) {
        InventoryReader.Request request;
        try {
            request = InventoryReader.request(xml.parse(codec.inflate(body)));
        } catch (OcsProtocolException e) {
            throw problem(e);
        }
        switch (request.query()) {
            case "PROLOG" -> {
                return new Outcome("PROLOG", request.deviceId(), null, false,
                        OcsCodec.deflate(OcsCodec.utf8(OcsCodec.prologReply(prologFrequencyHours))));
            }
            case "INVENTORY" -> {
                AgentInventory inventory;
                try {
                    inventory = InventoryReader.inventory(request);
                } catch (OcsProtocolException e) {
                    throw problem(e);
                }
                if (inventory.deviceId() == null && inventory.realSerial() == null && inventory.hostname() == null) {
                    throw ProblemException.invalidField(AgentProblems.BAD_MESSAGE, "DEVICEID", "required",
                            "Inventaire sans DEVICEID, numéro de série ni nom de machine");
                }
                DiscoveredMachines.Recorded r = machines.record(agent.communeCode(), inventory, clock.instant());
                tokens.used(agent.tokenId());
                LOG.debug("inventory of {} ({} software) recorded as CI {} in {}", inventory.deviceId(),
                        inventory.softwares().size(), r.ciId(), agent.communeCode());
                return new Outcome("INVENTORY", request.deviceId(), r.ciId(), r.created(),
                        OcsCodec.deflate(OcsCodec.utf8(OcsCodec.inventoryReply())));
            }
            default -> {
                return new Outcome(request.query(), request.deviceId(), null, false,
                        OcsCodec.deflate(OcsCodec.utf8(OcsCodec.emptyReply())));
            }
        }
    }

    private static ProblemException problem(OcsProtocolException e) {
        if (e.reason().equals("too-large")) {
            return new ProblemException(413, AgentProblems.TOO_LARGE, "Message trop volumineux", e.getMessage());
        }
        return new ProblemException(400, AgentProblems.BAD_MESSAGE, "Message d'agent invalide", e.getMessage(),
                List.of(new ProblemException.FieldError("body", e.reason(), e.getMessage())), Map.of());
    }
}
