package fr.proxima.app.ticket;

import fr.proxima.app.ApiTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;

/** {@link ApiTest} plus the few helpers the tickets tests share: any status answered as a response. */
abstract class TicketApiSupport extends ApiTest {
    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("proxima.tickets.auto-close.initial-delay", "1h");
    }

    /** Sends the request and returns the response whatever its status (the body read as JSON when there is one). */
    HttpResponse<Map<String, Object>> call(String username, MutableHttpRequest<?> request) {
        try {
            return http().exchange(as(username, request), JSON);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> r = (HttpResponse<Map<String, Object>>) e.getResponse();
            r.getBody(JSON);
            return r;
        }
    }

    /** A JSON array answer (200 expected). */
    List<Object> callList(String username, MutableHttpRequest<?> request) {
        return http().retrieve(as(username, request), Argument.listOf(Object.class));
    }

    static Map<String, Object> body(HttpResponse<Map<String, Object>> r) {
        return r.getBody(JSON).orElseThrow(() -> new AssertionError("no JSON body, status " + r.code()));
    }
}
