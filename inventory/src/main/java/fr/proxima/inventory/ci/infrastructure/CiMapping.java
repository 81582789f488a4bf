package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Row ↔ aggregate in one place, with the attributes' JSON (keys sorted, so a stored document is stable). */
@Singleton
class CiMapping {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    CiMapping(JsonMapper json) {
        this.json = json;
    }

    ConfigurationItem toItem(CiRow r) {
        CiDetails d = new CiDetails(r.type(), r.assetTag(), r.serialNumber(), r.manufacturer(), r.model(), r.status(),
                r.communeCode(), r.siteId(), r.personId(), r.acquisitionDate(), r.warrantyEnd(), r.supplier(),
                r.purchaseReference(), r.notes(), CiAttributes.stored(r.type(), readAttributes(r.attributes())));
        return new ConfigurationItem(r.id(), r.version(), d, r.lastAgentReportAt(), r.createdBy(), r.createdAt(),
                r.updatedAt());
    }

    CiRow toRow(ConfigurationItem ci) {
        CiDetails d = ci.details();
        return new CiRow(ci.id(), d.type(), d.assetTag(), d.serialNumber(), d.manufacturer(), d.model(), d.status(),
                d.communeCode(), d.siteId(), d.personId(), d.acquisitionDate(), d.warrantyEnd(), d.supplier(),
                d.purchaseReference(), d.notes(), writeAttributes(d.attributes()), ci.lastAgentReportAt(),
                ci.createdBy(), ci.createdAt(), ci.updatedAt(), ci.version());
    }

    String writeAttributes(CiAttributes attributes) {
        if (attributes.isEmpty()) {
            return "{}";
        }
        try {
            return json.writeValueAsString(attributes.asMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> readAttributes(String text) {
        if (text == null || text.isBlank() || text.equals("{}")) {
            return Map.of();
        }
        try {
            return json.readValue(text, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
