package fr.proxima.app.web.ui.session;

/** A form POST without its session's CSRF token: answered 403 with the UI's error page. */
public class CsrfRejected extends RuntimeException {
    public CsrfRejected() {
        super("Le formulaire a expiré ou ne vient pas de Proxima. Rechargez la page et recommencez.", null, false,
                false);
    }
}
