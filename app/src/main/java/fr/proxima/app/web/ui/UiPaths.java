package fr.proxima.app.web.ui;

/** Where the web UI lives: everything under {@value #ROOT}; the API stays under {@code /api}. */
public final class UiPaths {
    public static final String ROOT = "/ui";
    public static final String LOGIN = ROOT + "/connexion";
    public static final String STATIC = ROOT + "/static";
    /**
     * The executor of the pages. Not the blocking executor the API runs on: a page waits for its API calls, and if
     * both shared one pool, as many concurrent pages as threads would wait forever for calls that cannot start.
     */
    public static final String EXECUTOR = "ui";

    private UiPaths() {
    }

    public static boolean isUi(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }
}
