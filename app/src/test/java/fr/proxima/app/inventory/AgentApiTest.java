package fr.proxima.app.inventory;

import fr.proxima.app.ApiTest;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.organisation.AccessScope;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent endpoint over HTTP with recorded, compressed bodies as a FusionInventory agent sends them: the Basic
 * challenge, PROLOG then INVENTORY, the machine recorded once and updated, the token's commune enforced, tokens
 * revoked, hostile bodies refused.
 */
@MicronautTest(transactional = false)
class AgentApiTest extends ApiTest {
    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <DEVICEID>%s</DEVICEID>\n"
            + "  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n";

    @Inject
    EmbeddedServer server;
    @Inject
    CiReader reader;

    private final HttpClient http = HttpClient.newHttpClient();
    private String talence;
    private String pessac;
    private long talenceTokenId;

    @BeforeAll
    void tokens() {
        Map<String, Object> t = parse(exchange("admin", HttpRequest.POST("/api/inventory/agent-tokens",
                Map.of("commune", "33522", "label", "Agents de Talence"))).body());
        talence = (String) t.get("secret");
        talenceTokenId = ((Number) ((Map<?, ?>) t.get("token")).get("id")).longValue();
        pessac = (String) parse(exchange("admin", HttpRequest.POST("/api/inventory/agent-tokens",
                Map.of("commune", "33318"))).body()).get("secret");
    }

    static byte[] laptop(String serial, String deviceId, String extraSoftware) {
        try (InputStream in = AgentApiTest.class.getResourceAsStream("/agent/laptop-inventory.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("8H2KQ34", serial).replace("TAL-PC-00412-2026-03-02-08-15-40", deviceId)
                    .replace("<ASSETTAG>TAL-PC-00412</ASSETTAG>", "")
                    .replace("    <STORAGES>", extraSoftware + "    <STORAGES>");
            return xml.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zlib(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(6))) {
            d.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String inflate(byte[] data) {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        byte[] buffer = new byte[64 * 1024];
        try {
            int n = inflater.inflate(buffer);
            return new String(buffer, 0, n, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new AssertionError("reply is not zlib", e);
        } finally {
            inflater.end();
        }
    }

    private HttpResponse<byte[]> post(String pathAndQuery, byte[] body, String contentType, String basic) {
        var b = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery))
                .header("Content-Type", contentType).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (basic != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ConfigurationItem ci(String deviceId) {
        return reader.findByAgentDevice(deviceId, AccessScope.system()).orElseThrow();
    }

    @Test
    void without_credentials_the_agent_gets_a_basic_challenge_then_prolog_is_answered_send() {
        byte[] prolog = zlib(String.format(PROLOG, "tal-pc-1-2026").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> challenge = post("/api/inventory/agent", prolog, "application/x-compress", null);
        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(challenge.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Proxima inventaire\"");
        assertThat(challenge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(parse(new String(challenge.body(), StandardCharsets.UTF_8))).containsEntry("code", "INV-3201");

        HttpResponse<byte[]> reply = post("/api/inventory/agent", prolog, "application/x-compress", "talence:" + talence);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-compress");
        assertThat(reply.body()[0] & 0xFF).isEqualTo(0x78);
        String xml = inflate(reply.body());
        assertThat(xml).contains("<PROLOG_FREQ>24</PROLOG_FREQ>").contains("<RESPONSE>SEND</RESPONSE>");
    }

    @Test
    void an_inventory_creates_the_machine_once_and_a_second_one_updates_it() {
        String device = "TAL-PC-00412-2026-03-02-08-15-40";
        HttpResponse<byte[]> first = post("/api/inventory/agent", zlib(laptop("8H2KQ34", device, "")),
                "application/x-compress-zlib", "talence:" + talence);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(inflate(first.body())).contains("<RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE>");
        ConfigurationItem created = ci(device);
        assertThat(created.communeCode()).isEqualTo("33522");
        assertThat(created.details().serialNumber()).isEqualTo("8H2KQ34");
        assertThat(created.details().manufacturer()).isEqualTo("Dell");
        assertThat(created.details().model()).isEqualTo("Latitude 5440");
        assertThat(created.details().type().name()).isEqualTo("LAPTOP");
        assertThat(created.details().attributes().text("os")).isEqualTo("Microsoft Windows 11 Professionnel");
        assertThat(created.details().attributes().text("cpu")).startsWith("13th Gen Intel(R) Core(TM) i5-1345U");
        assertThat(String.valueOf(created.details().attributes().get("ramMb"))).isEqualTo("16384");
        assertThat(reader.software(created.id(), AccessScope.system()).orElseThrow())
                .extracting(s -> s.name()).contains("Mozilla Firefox (x64 fr)", "Ciril GROUP - Civil Net RH");

        String more = "    <SOFTWARES>\n      <NAME>7-Zip 24.08 (x64)</NAME>\n      <PUBLISHER>Igor Pavlov</PUBLISHER>\n"
                + "      <VERSION>24.08</VERSION>\n    </SOFTWARES>\n";
        // the plain (uncompressed) and gzip forms are accepted too
        assertThat(post("/api/inventory/agent?token=" + talence, laptop("8H2KQ34", device, more), "application/xml",
                null).statusCode()).isEqualTo(200);
        assertThat(post("/api/inventory/agent/" + talence, gzip(laptop("8H2KQ34", device, more)),
                "application/x-compress-gzip", null).statusCode()).isEqualTo(200);
        ConfigurationItem updated = ci(device);
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(reader.software(created.id(), AccessScope.system()).orElseThrow())
                .extracting(s -> s.name()).contains("7-Zip 24.08 (x64)");
        assertThat(count("SELECT COUNT(*) FROM inv_ci WHERE serial_number = '8H2KQ34'")).isEqualTo(1);
    }

    @Test
    void a_token_of_another_commune_cannot_write_into_talence() {
        String device = "TAL-PC-00999-2026-01-05-09-00-00";
        assertThat(post("/api/inventory/agent", zlib(laptop("JX9PQ01", device, "")), "application/x-compress",
                "talence:" + talence).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> refused = post("/api/inventory/agent", zlib(laptop("JX9PQ01", device,
                        "    <SOFTWARES>\n      <NAME>Intrus</NAME>\n    </SOFTWARES>\n")), "application/x-compress",
                "pessac:" + pessac);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(parse(new String(refused.body(), StandardCharsets.UTF_8))).containsEntry("code", "INV-3040");
        ConfigurationItem ci = ci(device);
        assertThat(ci.communeCode()).isEqualTo("33522");
        assertThat(reader.software(ci.id(), AccessScope.system()).orElseThrow()).extracting(s -> s.name())
                .doesNotContain("Intrus");
    }

    @Test
    void a_revoked_or_unknown_token_is_refused_and_tokens_are_listed_without_their_secret() {
        Map<String, Object> t = parse(exchange("admin", HttpRequest.POST("/api/inventory/agent-tokens",
                Map.of("commune", "33522", "label", "Vague 2"))).body());
        String secret = (String) t.get("secret");
        long id = ((Number) ((Map<?, ?>) t.get("token")).get("id")).longValue();
        byte[] prolog = zlib(String.format(PROLOG, "x").getBytes(StandardCharsets.UTF_8));
        assertThat(post("/api/inventory/agent", prolog, "application/x-compress", "a:" + secret).statusCode()).isEqualTo(200);
        exchange("admin", HttpRequest.POST("/api/inventory/agent-tokens/" + id + "/revoke", ""));
        assertThat(post("/api/inventory/agent", prolog, "application/x-compress", "a:" + secret).statusCode()).isEqualTo(401);
        assertThat(post("/api/inventory/agent", prolog, "application/x-compress", "a:pxa_" + "A".repeat(43))
                .statusCode()).isEqualTo(401);
        String list = exchange("admin", HttpRequest.GET("/api/inventory/agent-tokens?commune=33522")).body();
        assertThat(list).doesNotContain(secret).doesNotContain(talence).contains("\"hint\"");
        assertThat(fails("tech.sud", HttpRequest.GET("/api/inventory/agent-tokens")).getStatus().getCode())
                .isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM inv_agent_token WHERE token_hash LIKE 'pxa_%'"))
                .as("only hashes are stored").isZero();
        assertThat(talenceTokenId).isPositive();
    }

    @Test
    void hostile_bodies_are_refused_with_problems_and_never_a_5xx() {
        String auth = "talence:" + talence;
        byte[] bomb = zlib(new byte[64 * 1024 * 1024]);
        HttpResponse<byte[]> big = post("/api/inventory/agent", bomb, "application/x-compress", auth);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(parse(new String(big.body(), StandardCharsets.UTF_8))).containsEntry("code", "INV-3203");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<REQUEST><QUERY>&x;</QUERY></REQUEST>";
        HttpResponse<byte[]> entity = post("/api/inventory/agent", zlib(xxe.getBytes(StandardCharsets.UTF_8)),
                "application/x-compress", auth);
        assertThat(entity.statusCode()).isEqualTo(400);
        assertThat(new String(entity.body(), StandardCharsets.UTF_8)).contains("INV-3202").doesNotContain("root:");
        assertThat(post("/api/inventory/agent", "pas du xml".getBytes(StandardCharsets.UTF_8), "text/plain", auth)
                .statusCode()).isEqualTo(400);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Inject
    io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    private long count(String sql) {
        return tx.executeRead(s -> jdbc.prepareStatement(sql, ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
