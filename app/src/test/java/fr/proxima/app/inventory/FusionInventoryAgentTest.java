package fr.proxima.app.inventory;

import fr.proxima.app.ApiTest;
import fr.proxima.inventory.agent.model.AgentInventory;
import fr.proxima.inventory.agent.protocol.InventoryReader;
import fr.proxima.inventory.agent.protocol.OcsXml;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.organisation.AccessScope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real FusionInventory agent of Debian against the server: installed with apt when missing (CI runs as root on
 * a clean machine), it inventories this very machine and sends it to {@code /api/inventory/agent} with Talence's
 * token as its user/password. The machine must appear once as a CI of Talence with the hardware and the Debian
 * packages the agent reported (compared with the agent's own local report of the same run), a second run must
 * update it without a duplicate, and Pessac's token must not be able to write it.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FusionInventoryAgentTest extends ApiTest {
    static final String AGENT = "/usr/bin/fusioninventory-agent";

    @Inject
    EmbeddedServer server;
    @Inject
    CiReader reader;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private Path work;
    private String talence;
    private String pessac;
    private AgentInventory expected;

    @BeforeAll
    void the_agent_is_installed_and_has_reported_this_machine_locally() throws Exception {
        ensureAgentInstalled();
        work = Files.createTempDirectory("fusioninventory-test");
        Files.writeString(work.resolve("agent.cfg"), "# empty: no machine configuration\n");
        talence = secret("33522");
        pessac = secret("33318");
        Path local = Files.createDirectories(work.resolve("local"));
        Run run = agent("--local", local.toString());
        assertThat(run.exit).as(run.output).isZero();
        try (var files = Files.list(local)) {
            Path report = files.filter(p -> p.toString().endsWith(".ocs")).findFirst().orElseThrow();
            expected = InventoryReader.inventory(InventoryReader.request(
                    new OcsXml(OcsXml.Limits.DEFAULT).parse(Files.readAllBytes(report))));
        }
        assertThat(expected.deviceId()).isNotBlank();
        assertThat(expected.softwares()).as("the Debian packages").hasSizeGreaterThan(50);
    }

    private String secret(String commune) {
        return (String) parse(exchange("admin", HttpRequest.POST("/api/inventory/agent-tokens",
                Map.of("commune", commune, "label", "Test agent réel"))).body()).get("secret");
    }

    @Test
    @Order(1)
    void the_real_agent_makes_this_machine_a_talence_ci_with_its_hardware_and_debian_packages() throws Exception {
        Run run = toServer("talence", talence);
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("sending prolog request").doesNotContain("[error]");
        ConfigurationItem ci = reader.findByAgentDevice(expected.deviceId(), AccessScope.system())
                .orElseThrow(() -> new AssertionError("no CI for " + expected.deviceId() + "\n" + run.output));
        var d = ci.details();
        assertThat(ci.communeCode()).isEqualTo("33522");
        assertThat(ci.lastAgentReportAt()).isNotNull();
        if (expected.realSerial() != null) {
            assertThat(d.serialNumber()).isEqualToIgnoringCase(expected.realSerial());
        }
        if (expected.bios().model() != null) {
            assertThat(d.model()).isEqualTo(expected.bios().model());
        }
        if (expected.bios().manufacturer() == null) {
            assertThat(d.manufacturer()).as("no manufacturer reported").isEqualTo("Inconnu");
        }
        var attributes = d.attributes();
        assertThat(attributes.text("hostname")).isEqualToIgnoringCase(expected.hostname());
        assertThat(attributes.text("os")).isEqualTo(expected.os().fullName());
        assertThat(attributes.text("cpu")).startsWith(expected.cpus().get(0).name());
        assertThat(String.valueOf(attributes.get("ramMb"))).isEqualTo(String.valueOf(expected.memoryMb()));
        List<String> installed = reader.software(ci.id(), AccessScope.system()).orElseThrow().stream()
                .map(s -> s.name()).toList();
        assertThat(installed).contains("fusioninventory-agent", "adduser", "dpkg");
        assertThat(installed.size()).as("about every package reported")
                .isGreaterThanOrEqualTo(expected.softwares().size() * 9 / 10);
        assertThat(dpkgPackages()).as("the packages dpkg knows").containsAll(installed.stream().limit(20).toList());
    }

    @Test
    @Order(2)
    void a_second_run_updates_the_same_ci_and_never_duplicates_it() throws Exception {
        long before = reader.findByAgentDevice(expected.deviceId(), AccessScope.system()).orElseThrow().id();
        var firstReport = reader.findByAgentDevice(expected.deviceId(), AccessScope.system()).orElseThrow()
                .lastAgentReportAt();
        Thread.sleep(20);
        Run run = toServer("talence", talence);
        assertThat(run.exit).as(run.output).isZero();
        ConfigurationItem ci = reader.findByAgentDevice(expected.deviceId(), AccessScope.system()).orElseThrow();
        assertThat(ci.id()).isEqualTo(before);
        assertThat(ci.lastAgentReportAt()).isAfter(firstReport);
        assertThat(count("SELECT COUNT(*) FROM inv_ci WHERE agent_device_id = '" + expected.deviceId() + "'"))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void an_agent_with_pessacs_token_cannot_write_the_talence_machine() throws Exception {
        long software = count("SELECT COUNT(*) FROM inv_installed_software");
        Run run = toServer("pessac", pessac);
        // the server answers the inventory 409 (INV-3040); the agent logs any failure after credentials this way
        assertThat(run.output).contains("sending prolog request").contains("[error]");
        ConfigurationItem ci = reader.findByAgentDevice(expected.deviceId(), AccessScope.system()).orElseThrow();
        assertThat(ci.communeCode()).isEqualTo("33522");
        assertThat(count("SELECT COUNT(*) FROM inv_ci WHERE commune_code = '33318'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM inv_installed_software")).isEqualTo(software);
        Run wrong = toServer("talence", "pxa_" + "x".repeat(43));
        assertThat(wrong.output).contains("authentication required, wrong credentials");
    }

    // ---- running the agent ---------------------------------------------------------------------------------------

    record Run(int exit, String output) {
    }

    private Run toServer(String user, String password) throws Exception {
        return agent("--server", server.getURL() + "/api/inventory/agent", "--user", user, "--password", password);
    }

    /** Runs the agent: inventory task only, no embedded web server, slow categories skipped, logs on stderr. */
    private Run agent(String... target) throws Exception {
        List<String> command = new ArrayList<>(List.of(AGENT, "--conf-file=" + work.resolve("agent.cfg"),
                "--tasks=inventory", "--no-category=printer,process,environment,local_user,local_group,user",
                "--no-httpd", "--logger=stderr", "--debug", "--timeout=60"));
        command.addAll(List.of(target));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the agent did not finish in 3 minutes");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static List<String> dpkgPackages() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dpkg-query", "-W", "-f", "${Package}\\n").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(1, TimeUnit.MINUTES);
        return out.lines().toList();
    }

    /**
     * Installs Debian's fusioninventory-agent when it is missing (as root: CI runs on a clean machine). Skips the
     * class loudly, through a JUnit assumption, only when it truly cannot be installed.
     */
    static void ensureAgentInstalled() throws Exception {
        if (Files.isExecutable(Path.of(AGENT))) {
            return;
        }
        String why;
        if (!"root".equals(System.getProperty("user.name"))) {
            why = "not root, cannot apt-get install fusioninventory-agent";
        } else {
            System.err.println("[FusionInventoryAgentTest] installing Debian's fusioninventory-agent (apt-get)...");
            int update = run(List.of("apt-get", "update"));
            int install = run(List.of("apt-get", "install", "-y", "fusioninventory-agent"));
            why = Files.isExecutable(Path.of(AGENT)) ? null
                    : "apt-get update exited " + update + ", apt-get install exited " + install;
        }
        if (why != null) {
            System.err.println("\n*** SKIPPED: the real FusionInventory agent test cannot run: " + why + " ***\n");
            Assumptions.abort("fusioninventory-agent cannot be installed: " + why);
        }
    }

    private static int run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private long count(String sql) {
        return tx.executeRead(s -> jdbc.prepareStatement(sql, ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
