package fr.proxima.inventory.ci.infrastructure;

import java.util.Locale;

/** Orders of a CI list, each ending on the id so that pages are stable. */
public enum CiSort {
    ASSET_TAG("assetTag", "c.asset_tag ASC, c.id ASC"),
    UPDATED("updatedAt", "c.updated_at DESC, c.id DESC"),
    LAST_REPORT("lastAgentReport", "c.last_agent_report_at DESC, c.id DESC");

    private final String apiName;
    private final String sql;

    CiSort(String apiName, String sql) {
        this.apiName = apiName;
        this.sql = sql;
    }

    public String apiName() {
        return apiName;
    }

    String sql() {
        return sql;
    }

    /** The sort named {@code text} (default: asset tag), or {@code null} when unknown. */
    public static CiSort parse(String text) {
        if (text == null || text.isBlank()) {
            return ASSET_TAG;
        }
        for (CiSort s : values()) {
            if (s.apiName.toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
