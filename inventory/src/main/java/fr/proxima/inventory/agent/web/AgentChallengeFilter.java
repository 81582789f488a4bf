package fr.proxima.inventory.agent.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Adds the Basic challenge to the agent endpoint's 401 answers: an agent (LWP) sends its {@code --user} and
 * {@code --password} only after a 401 naming a realm.
 */
@ServerFilter("/api/inventory/agent/**")
class AgentChallengeFilter {
    static final String REALM = "Proxima inventaire";

    @ResponseFilter
    void challenge(MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
    }
}
