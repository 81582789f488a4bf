package fr.proxima.app.web.ui.ticket;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Query;

import java.util.List;
import java.util.Map;

/** A CI named by what a person reads on its label: the asset tag first, else the serial number (any maker). */
final class CiReferences {
    private CiReferences() {
    }

    /** The CIs of the user's scope with this asset tag, else with this serial number (several makers: several). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> find(ApiClient.User api, String reference) {
        for (String parameter : new String[]{"assetTag", "serial"}) {
            try {
                List<Map<String, Object>> items = (List<Map<String, Object>>) api.get(Query.of(parameter, reference,
                        "size", 10).path("/api/cis")).get("items");
                if (!items.isEmpty()) {
                    return items;
                }
            } catch (ApiError e) {
                if (e.status() != 400) {
                    throw e;
                }
                // not the shape of this kind of number: try the other one
            }
        }
        return List.of();
    }
}
