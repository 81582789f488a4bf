package fr.proxima.app.web.ui;

/** Where the web UI lives: everything under {@value #ROOT}; the API stays under {@code /api}. */
public final class UiPaths {
    public static final String ROOT = "/ui";
    public static final String LOGIN = ROOT + "/connexion";
    public static final String STATIC = ROOT + "/static";

    private UiPaths() {
    }

    public static boolean isUi(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }
}
