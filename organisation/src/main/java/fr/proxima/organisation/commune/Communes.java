package fr.proxima.organisation.commune;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The communes and the commune → centre map (with its history). */
@Singleton
public class Communes {
    private final CommuneRepository communes;
    private final CommuneCentreRepository map;

    Communes(CommuneRepository communes, CommuneCentreRepository map) {
        this.communes = communes;
        this.map = map;
    }

    public List<Commune> all() {
        return communes.findAllOrderByName();
    }

    public Optional<Commune> find(String code) {
        return code == null ? Optional.empty() : communes.findById(code);
    }

    public boolean isEmpty() {
        return communes.count() == 0;
    }

    public Commune save(Commune commune) {
        return communes.existsById(commune.code()) ? communes.update(commune) : communes.save(commune);
    }

    /** The centre serving the commune at the given instant. */
    public Optional<String> centreOf(String communeCode, Instant at) {
        return map.findInForce(communeCode, at).map(CommuneCentre::centreCode);
    }

    /** The map in force now: commune code → centre code. */
    public Map<String, String> currentMap() {
        return map.findByValidToIsNull().stream()
                .collect(Collectors.toMap(CommuneCentre::communeCode, CommuneCentre::centreCode));
    }

    public List<CommuneCentre> history(String communeCode) {
        return map.findByCommuneCodeOrderByValidFromDesc(communeCode);
    }

    /**
     * Puts the commune under another centre from {@code at} on: the period in force is closed and a new one opened,
     * so tickets created before keep the centre they were routed to and the history shows both.
     */
    public CommuneCentre assignToCentre(String communeCode, String centreCode, Instant at, String by, String reason) {
        Optional<CommuneCentre> current = map.findByCommuneCodeAndValidToIsNull(communeCode);
        if (current.isPresent() && current.get().centreCode().equals(centreCode)) {
            return current.get();
        }
        current.ifPresent(c -> map.update(c.close(at)));
        return map.save(new CommuneCentre(null, communeCode, centreCode, at, null, by, reason));
    }
}
