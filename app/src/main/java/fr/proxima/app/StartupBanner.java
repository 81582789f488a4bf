package fr.proxima.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Prints where Proxima answers and, in demo mode, the demo logins. */
@Singleton
class StartupBanner {
    private final boolean demo;

    StartupBanner(@Value("${proxima.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void onStart(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        StringBuilder b = new StringBuilder()
                .append("\n  Proxima est prêt : ").append(url)
                .append("\n  Interface web : ").append(url).append("/ui/")
                .append("\n  API : ").append(url).append("/swagger-ui/  ·  santé : ").append(url).append("/health");
        if (demo) {
            b.append("\n  Mode démonstration, comptes (mot de passe « proxima ») :")
                    .append("\n    admin           administrateur")
                    .append("\n    agent.can       agent du CAN")
                    .append("\n    resp.sud        responsable du centre Sud")
                    .append("\n    tech.sud        intervenant du centre Sud")
                    .append("\n    viewer.talence  lecture seule, Talence")
                    .append("\n    viewer.pessac   lecture seule, Pessac");
        }
        System.out.println(b.append('\n'));
    }
}
