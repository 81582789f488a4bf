package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;

import java.util.List;

/**
 * The filters of a CI search, all optional and combined with AND: exact serial number (any manufacturer) and asset
 * tag, owning commune, site, person, types, statuses, manufacturer, model (contains), a catalogue software
 * installed on it, and {@code q}: every word must appear in the asset tag, the serial number, the host name, the
 * manufacturer, the line number, the model or the notes.
 */
public record CiCriteria(String serial, String assetTag, String commune, Long site, Long person, List<CiType> types,
                         List<CiStatus> statuses, String manufacturer, String model, Long software, String q) {
    public CiCriteria {
        types = types == null ? List.of() : List.copyOf(types);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    public static CiCriteria none() {
        return new CiCriteria(null, null, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    public static CiCriteria ofSerial(String serial) {
        return new CiCriteria(serial, null, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    public static CiCriteria ofCommune(String commune) {
        return new CiCriteria(null, null, commune, null, null, List.of(), List.of(), null, null, null, null);
    }
}
