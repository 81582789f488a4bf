package fr.proxima.inventory.agent.protocol;

import fr.proxima.inventory.agent.model.AgentInventory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire format: inflating what agents send, parsing it safely, reading the inventory, deflating replies. */
class OcsProtocolTest {
    private final OcsCodec codec = new OcsCodec(4 * 1024 * 1024);
    private final OcsXml xml = new OcsXml(OcsXml.Limits.DEFAULT);

    static byte[] resource(String name) {
        try (InputStream in = OcsProtocolTest.class.getResourceAsStream("/agent/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zlib(byte[] data) {
        return OcsCodec.deflate(data);
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InventoryReader.Request read(byte[] body) {
        return InventoryReader.request(xml.parse(codec.inflate(body)));
    }

    @Test
    void a_prolog_is_read_from_zlib_gzip_and_plain_bodies_alike() {
        byte[] prolog = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST><DEVICEID>pc-2026-01-01-00-00-00"
                + "</DEVICEID><QUERY>PROLOG</QUERY><TOKEN>12345678</TOKEN></REQUEST>").getBytes(StandardCharsets.UTF_8);
        for (byte[] body : new byte[][]{zlib(prolog), gzip(prolog), prolog}) {
            InventoryReader.Request r = read(body);
            assertThat(r.query()).isEqualTo("PROLOG");
            assertThat(r.deviceId()).isEqualTo("pc-2026-01-01-00-00-00");
        }
    }

    @Test
    void the_reply_to_a_prolog_is_zlib_compressed_xml_asking_for_an_inventory() {
        byte[] reply = OcsCodec.deflate(OcsCodec.utf8(OcsCodec.prologReply(24)));
        assertThat(reply[0] & 0xFF).as("zlib header the agent recognises").isEqualTo(0x78);
        assertThat(reply[1] & 0xFF).isEqualTo(0x9C);
        XmlNode root = xml.parse(codec.inflate(reply));
        assertThat(root.name()).isEqualTo("REPLY");
        assertThat(root.value("PROLOG_FREQ")).isEqualTo("24");
        assertThat(root.value("RESPONSE")).isEqualTo("SEND");
        assertThat(xml.parse(codec.inflate(OcsCodec.deflate(OcsCodec.utf8(OcsCodec.inventoryReply()))))
                .value("RESPONSE")).isEqualTo("NO_ACCOUNT_UPDATE");
    }

    @Test
    void a_laptop_inventory_gives_its_serial_manufacturer_model_os_cpu_memory_disks_and_software() {
        AgentInventory inv = InventoryReader.inventory(read(zlib(resource("laptop-inventory.xml"))));
        assertThat(inv.deviceId()).isEqualTo("TAL-PC-00412-2026-03-02-08-15-40");
        assertThat(inv.hostname()).isEqualTo("TAL-PC-00412");
        assertThat(inv.realSerial()).isEqualTo("8H2KQ34");
        assertThat(inv.bios().manufacturer()).isEqualTo("Dell Inc.");
        assertThat(inv.bios().model()).isEqualTo("Latitude 5440");
        assertThat(inv.machineType()).isEqualTo("LAPTOP");
        assertThat(inv.os().fullName()).isEqualTo("Microsoft Windows 11 Professionnel");
        assertThat(inv.os().version()).isEqualTo("23H2");
        assertThat(inv.cpus()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("13th Gen Intel(R) Core(TM) i5-1345U");
            assertThat(c.cores()).isEqualTo(10);
            assertThat(c.threads()).isEqualTo(12);
        });
        assertThat(inv.memoryMb()).as("the modules, not the OS total").isEqualTo(16384);
        assertThat(inv.memories()).hasSize(2);
        assertThat(inv.storages()).singleElement().satisfies(s -> assertThat(s.sizeMb()).isEqualTo(476937L));
        assertThat(inv.networks()).extracting(AgentInventory.Network::mac).containsExactly("a4:c3:f0:11:22:33");
        assertThat(inv.softwares()).as("listed twice, kept once").extracting(AgentInventory.Software::name)
                .containsExactly("Mozilla Firefox (x64 fr)", "LibreOffice 24.2.7.2", "Ciril GROUP - Civil Net RH");
        assertThat(inv.softwares().get(2).publisher()).isEqualTo("Ciril GROUP");
    }

    @Test
    void the_real_debian_agent_report_of_a_virtual_machine_gives_os_cpu_memory_and_packages_without_a_serial() {
        AgentInventory inv = InventoryReader.inventory(read(zlib(resource("debian-agent-2.6-inventory.xml"))));
        assertThat(inv.deviceId()).startsWith("vm-");
        assertThat(inv.realSerial()).as("an empty SSN is no serial").isNull();
        assertThat(inv.os().fullName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(inv.cpus()).isNotEmpty();
        assertThat(inv.memoryMb()).as("no module listed: the OS total").isEqualTo(24105);
        assertThat(inv.softwares()).hasSize(25).allSatisfy(s -> assertThat(s.publisher()).isEqualTo("Debian"));
        assertThat(inv.softwares()).extracting(AgentInventory.Software::name).contains("adduser");
    }

    @Test
    void placeholder_serials_are_not_serials() {
        for (String ssn : new String[]{"To Be Filled By O.E.M.", "Default string", "0", "00000000", " "}) {
            var inv = new AgentInventory("d", null, null, null, new AgentInventory.Bios(ssn, null, null, null, null, null),
                    null, java.util.List.of(), null, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), null, null);
            assertThat(inv.realSerial()).as(ssn).isNull();
        }
    }

    @Test
    void a_zip_bomb_is_stopped_at_the_inflated_size_limit() {
        byte[] zeros = new byte[64 * 1024 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(zeros);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> codec.inflate(bomb)).isInstanceOfSatisfying(OcsProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo("too-large"));
        assertThatThrownBy(() -> codec.inflate(gzip(zeros))).isInstanceOfSatisfying(OcsProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo("too-large"));
    }

    @Test
    void truncated_or_foreign_bodies_are_refused() {
        byte[] z = zlib("<REQUEST><QUERY>PROLOG</QUERY></REQUEST>".getBytes(StandardCharsets.UTF_8));
        byte[] truncated = java.util.Arrays.copyOf(z, z.length / 2);
        assertThatThrownBy(() -> codec.inflate(truncated)).isInstanceOf(OcsProtocolException.class);
        assertThatThrownBy(() -> codec.inflate("{\"json\": true}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcsProtocolException.class, e -> assertThat(e.reason()).isEqualTo("compression"));
        assertThatThrownBy(() -> read(zlib("<REPLY/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(OcsProtocolException.class, e -> assertThat(e.reason()).isEqualTo("query"));
        assertThatThrownBy(() -> read("<REQUEST><QUERY>PROLOG</QUERY>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcsProtocolException.class, e -> assertThat(e.reason()).isEqualTo("xml"));
    }

    @Test
    void a_doctype_with_external_or_expanding_entities_is_refused_before_any_expansion() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<REQUEST><QUERY>&x;</QUERY></REQUEST>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><REQUEST><QUERY>&c;</QUERY></REQUEST>";
        for (String doc : new String[]{xxe, laughs}) {
            assertThatThrownBy(() -> xml.parse(doc.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(OcsProtocolException.class, e -> assertThat(e.reason()).isIn("dtd", "xml"));
        }
    }

    @Test
    void nesting_and_element_counts_are_bounded_and_long_values_are_cut() {
        String deep = "<a>".repeat(50) + "</a>".repeat(50);
        assertThatThrownBy(() -> xml.parse(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OcsProtocolException.class);
        OcsXml small = new OcsXml(new OcsXml.Limits(5, 10, 8));
        String many = "<REQUEST>" + "<X>1</X>".repeat(20) + "</REQUEST>";
        assertThatThrownBy(() -> small.parse(many.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcsProtocolException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
        XmlNode cut = small.parse("<R><V>0123456789abcdef</V></R>".getBytes(StandardCharsets.UTF_8));
        assertThat(cut.value("V")).isEqualTo("01234567");
    }
}
