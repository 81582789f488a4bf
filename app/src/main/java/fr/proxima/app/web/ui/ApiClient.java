package fr.proxima.app.web.ui;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI's only way into the modules: the same HTTP API that every other client uses, called in-process over
 * the loopback with a short-lived bearer token minted for the signed-in user. The UI therefore holds no business
 * rule, reads nothing outside the user's scope, and shows the API's own French field errors and problem codes.
 *
 * <pre>{@code
 * ApiClient.User api = apiClient.as(authentication);
 * Map<String, Object> ticket = api.get("/api/tickets/" + id);
 * }</pre>
 */
@Singleton
public class ApiClient {
    /** Lifetime of the bearer token minted for one page: long enough for the page's calls, no longer. */
    static final int TOKEN_SECONDS = 120;
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final BeanProvider<EmbeddedServer> server;
    private final TokenGenerator tokens;
    private final JsonMapper json;
    private volatile HttpClient client;

    ApiClient(BeanProvider<EmbeddedServer> server, TokenGenerator tokens, JsonMapper json) {
        this.server = server;
        this.tokens = tokens;
        this.json = json;
    }

    /** The API as the signed-in user. */
    public User as(Authentication authentication) {
        String token = tokens.generateToken(authentication, TOKEN_SECONDS)
                .orElseThrow(() -> new IllegalStateException("no token generator for the web UI"));
        return new User(token);
    }

    private BlockingHttpClient http() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
                    config.setReadTimeout(Duration.ofSeconds(60));
                    config.setFollowRedirects(false);
                    client = HttpClient.create(server.get().getURL(), config);
                }
                c = client;
            }
        }
        return c.toBlocking();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The API for one user: each call answers the decoded JSON or throws an {@link ApiError}. */
    public final class User {
        private final String token;

        private User(String token) {
            this.token = token;
        }

        public Map<String, Object> get(String path) {
            return exchange(HttpRequest.GET(path), JSON_OBJECT);
        }

        public List<Map<String, Object>> getList(String path) {
            return exchange(HttpRequest.GET(path), Argument.listOf(JSON_OBJECT));
        }

        public Map<String, Object> post(String path, Object body) {
            return exchange(HttpRequest.POST(path, body), JSON_OBJECT);
        }

        /** A POST whose answer is a JSON array (e.g. a ticket's CIs after linking one). */
        public List<Map<String, Object>> postForList(String path, Object body) {
            return exchange(HttpRequest.POST(path, body), Argument.listOf(JSON_OBJECT));
        }

        public Map<String, Object> patch(String path, Object body) {
            return exchange(HttpRequest.PATCH(path, body), JSON_OBJECT);
        }

        /** A DELETE; the API answers 204 without a body. */
        public void delete(String path) {
            MutableHttpRequest<?> request = HttpRequest.DELETE(path).bearerAuth(token)
                    .accept(MediaType.APPLICATION_JSON_TYPE);
            try {
                http().exchange(request);
            } catch (HttpClientResponseException e) {
                throw error(e);
            }
        }

        public Map<String, Object> postMultipart(String path, MultipartBody body) {
            return exchange(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                    JSON_OBJECT);
        }

        public Map<String, Object> put(String path, Object body) {
            return exchange(HttpRequest.PUT(path, body), JSON_OBJECT);
        }

        /** A POST with extra headers (an {@code Idempotency-Key}...). */
        public Map<String, Object> post(String path, Object body, Map<String, String> headers) {
            MutableHttpRequest<Object> request = HttpRequest.POST(path, body);
            headers.forEach(request::header);
            return exchange(request, JSON_OBJECT);
        }

        /** A file sent as the raw body (the API reads it as it is). */
        public Map<String, Object> postBytes(String path, byte[] body, MediaType contentType) {
            return exchange(HttpRequest.POST(path, body).contentType(contentType), JSON_OBJECT);
        }

        /** The raw answer (a download): body bytes and headers. */
        public HttpResponse<byte[]> download(String path) {
            MutableHttpRequest<?> request = HttpRequest.GET(path).bearerAuth(token);
            try {
                return http().exchange(request, byte[].class);
            } catch (HttpClientResponseException e) {
                throw error(e);
            }
        }

        private <T> T exchange(MutableHttpRequest<?> request, Argument<T> type) {
            request.bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE);
            try {
                return http().retrieve(request, type);
            } catch (HttpClientResponseException e) {
                throw error(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ApiError error(HttpClientResponseException e) {
        int status = e.getStatus().getCode();
        String body = e.getResponse().getBody(String.class).orElse("");
        String code = "HTTP_" + status;
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            Map<String, Object> problem = body.isBlank() ? Map.of() : json.readValue(body, JSON_OBJECT);
            code = String.valueOf(problem.getOrDefault("code", code));
            detail = problem.get("detail") == null ? (String) problem.get("title") : problem.get("detail").toString();
            Object errors = problem.get("errors");
            if (errors instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> f && f.get("field") != null) {
                        fields.merge(lastSegment(f.get("field").toString()), String.valueOf(f.get("message")),
                                (a, b) -> a + " ; " + b);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not a problem document: keep the status alone
        }
        return new ApiError(status, code, detail, fields);
    }

    /** {@code ticket.title} → {@code title}: the UI's forms name fields by their last segment. */
    private static String lastSegment(@Nullable String field) {
        if (field == null) {
            return "";
        }
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
