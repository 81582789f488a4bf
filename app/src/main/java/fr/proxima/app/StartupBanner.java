package fr.proxima.app;

import fr.proxima.app.demo.DemoAgentToken;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Prints where Proxima answers and, in demo mode, the demo logins. */
@Singleton
class StartupBanner {
    private final boolean demo;
    private final BeanProvider<DemoAgentToken> agentToken;

    StartupBanner(@Value("${proxima.demo:false}") boolean demo, BeanProvider<DemoAgentToken> agentToken) {
        this.demo = demo;
        this.agentToken = agentToken;
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
                    .append("\n    tech.rivedroite intervenant du centre Rive droite")
                    .append("\n    viewer.talence  lecture seule, Talence")
                    .append("\n    viewer.pessac   lecture seule, Pessac");
            agentToken.ifPresent(t -> b.append("\n  Agent d'inventaire de démonstration (Talence) :")
                    .append("\n    fusioninventory-agent --server ").append(url).append("/api/inventory/agent")
                    .append(" --user talence --password ").append(t.secret()));
        }
        System.out.println(b.append('\n'));
    }
}
