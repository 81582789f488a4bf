package fr.proxima.app.web.ui.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and checks the session cookie's value: {@code base64url(json) "." base64url(HMAC-SHA256)}. The key is
 * derived from the server's JWT secret for this purpose only, so a session cookie is never accepted as an API bearer
 * token nor the other way round. The value is signed, not encrypted: it holds the user name, role and scope
 * claims (nothing secret) and the browser never lets scripts read it (HttpOnly).
 *
 * <p>Also derives the per-session CSRF token: {@code HMAC(key, "csrf:" + sessionId)}, checked on every form POST.
 */
@Singleton
public class SessionCodec {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int MAX_COOKIE_LENGTH = 4096;

    private final SecretKeySpec key;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    SessionCodec(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String jwtSecret,
                 JsonMapper json) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(jwtSecret.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"), "proxima web UI session v1"), "HmacSHA256");
        this.json = json;
    }

    /** A new random identifier (session ids, login nonces). */
    public String randomId() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    public String encode(UiSession s) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("u", s.username());
        payload.put("r", s.role());
        payload.put("a", s.attributes());
        payload.put("sid", s.id());
        payload.put("exp", s.expiresAt().getEpochSecond());
        try {
            String body = B64.encodeToString(json.writeValueAsBytes(payload));
            return body + "." + sign(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the session", e);
        }
    }

    /** The session in the cookie value, if the signature holds and it has not expired. */
    @SuppressWarnings("unchecked")
    public Optional<UiSession> decode(String value, Clock clock) {
        if (value == null || value.length() > MAX_COOKIE_LENGTH) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot <= 0 || !constantTimeEquals(sign(value.substring(0, dot)), value.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            Map<String, Object> p = json.readValue(B64D.decode(value.substring(0, dot)),
                    Argument.mapOf(String.class, Object.class));
            Instant expires = Instant.ofEpochSecond(((Number) p.get("exp")).longValue());
            if (!expires.isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new UiSession((String) p.get("u"), (String) p.get("r"),
                    (Map<String, Object>) p.get("a"), (String) p.get("sid"), expires));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The CSRF token of a session (or of a login form's nonce). */
    public String csrfToken(String sessionId) {
        return sign("csrf:" + sessionId);
    }

    public boolean csrfMatches(String sessionId, String token) {
        return token != null && constantTimeEquals(csrfToken(sessionId), token);
    }

    private String sign(String data) {
        return B64.encodeToString(hmac(key, data));
    }

    private static byte[] hmac(SecretKeySpec k, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
