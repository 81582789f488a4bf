package fr.proxima.app.web.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration database's pages over HTTP (no browser): the park search (by serial number, by free text, the
 * commune viewer's scope), a CI's page (attributes, expired warranty, relations, software, tickets, history), its
 * edit form (a change, a field error, a stale version, a role the API refuses), the ticket page's equipment (link
 * by asset tag or serial, unlink), the console's equipment suggestion linked to the created ticket, and the quality
 * report with its CSV export. Every record is created here with unique names: the test JVM shares one database.
 */
@MicronautTest
class UiParcTest extends UiTest {
    static final String TALENCE = "33522";
    private static final Pattern TICKET_ID = Pattern.compile("/ui/tickets/(\\d+)");

    private String tag;
    private String serial;
    private String screenTag;
    private String screenSerial;
    private String word;
    private long pc;
    private long screen;
    private long ticketId;
    private Map<String, Object> owner;
    private Map<String, Object> other;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @BeforeAll
    void a_talence_workstation_with_a_screen_and_software_and_a_call_naming_it() {
        List<Map<String, Object>> people = items("admin", "/api/people?commune=" + TALENCE + "&size=2");
        owner = people.get(0);
        other = people.get(1);
        tag = unique("PC");
        serial = "SN" + tag.replace("-", "");
        word = "Mairieannexe" + tag.substring(3);
        Map<String, Object> body = new HashMap<>();
        body.put("type", "DESKTOP");
        body.put("assetTag", tag);
        body.put("serialNumber", serial);
        body.put("manufacturer", "Dell Inc.");
        body.put("model", "OptiPlex 7010");
        body.put("status", "IN_SERVICE");
        body.put("commune", TALENCE);
        body.put("person", owner.get("id"));
        body.put("acquisitionDate", "15/03/2019");
        body.put("warrantyEnd", "14/03/2022");
        body.put("supplier", "UGAP");
        body.put("purchaseReference", "BC-2019-" + tag.substring(3));
        body.put("notes", "Poste de l'accueil " + word);
        body.put("attributes", Map.of("hostname", tag.toLowerCase(), "ramMb", 16384));
        pc = id(create(body));
        screenTag = unique("ECR");
        screenSerial = "SN" + screenTag.replace("-", "");
        screen = id(create(Map.of("type", "MONITOR", "assetTag", screenTag, "serialNumber", screenSerial,
                "manufacturer", "iiyama", "status", "IN_SERVICE", "commune", TALENCE)));
        exchange("admin", HttpRequest.POST("/api/cis/" + pc + "/relations", Map.of("type", "CONNECTED_TO",
                "target", screen)));
        exchange("admin", HttpRequest.POST("/api/cis/" + pc + "/software", Map.of("name", "Mozilla Firefox",
                "publisher", "Mozilla", "version", "128.0.3")));

        // the CAN console: the caller's equipment is offered, the ticked workstation is linked to the new ticket
        String agent = login("agent.can");
        Page callerScreen = page(agent, "/ui/console?appelant=" + owner.get("id"));
        assertThat(callerScreen.body()).contains("Matériel de l'appelant").contains(tag)
                .contains("name=\"ci-" + pc + "\"");
        Map<String, String> form = new LinkedHashMap<>(Map.of("personId", owner.get("id").toString(),
                "outcome", "INCIDENT_CREATED", "channel", "PHONE", "title", "Poste bloqué au démarrage " + tag,
                "impact", "MEDIUM", "urgency", "MEDIUM",
                "startedAt", Long.toString(System.currentTimeMillis() - 60_000)));
        form.put("ci-" + pc, "1");
        Page answer = submit(agent, "/ui/console?appelant=" + owner.get("id"), "/ui/console/appels", form);
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        assertThat(answer.location()).doesNotContain("materiels-refuses");
        Matcher m = TICKET_ID.matcher(answer.location());
        assertThat(m.find()).isTrue();
        ticketId = Long.parseLong(m.group(1));
    }

    private Map<String, Object> create(Map<String, Object> body) {
        return parse(exchange("admin", HttpRequest.POST("/api/cis", body)).body());
    }

    private static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    @Test
    void the_console_linked_the_ticked_equipment_to_the_ticket_it_created() {
        assertThat(getList("agent.can", "/api/tickets/" + ticketId + "/cis"))
                .extracting(c -> ((Number) c.get("id")).longValue()).containsExactly(pc);
        Page ticket = page(login("viewer.talence"), "/ui/tickets/" + ticketId);
        assertThat(ticket.body()).contains("Matériels concernés").contains("href=\"/ui/parc/" + pc + "\"")
                .doesNotContain("Rattacher un matériel");
    }

    @Test
    void the_search_finds_the_workstation_by_serial_number_and_by_free_text() {
        String tech = login("tech.sud");
        Page bySerial = page(tech, "/ui/parc?serie=" + serial.toLowerCase());
        assertThat(bySerial.status()).isEqualTo(200);
        assertThat(bySerial.body()).contains("href=\"/ui/parc/" + pc + "\"").contains(tag).contains("Poste fixe")
                .contains("OptiPlex 7010").contains("En service").contains("Talence")
                .contains(owner.get("displayName").toString()).doesNotContain(screenTag);
        Page byText = page(tech, "/ui/parc?q=" + word.toLowerCase());
        assertThat(byText.body()).contains(tag).contains("Matériels <span class=\"muted\">(1)</span>");
        Page byTagAndType = page(tech, "/ui/parc?inventaire=" + screenTag + "&type=MONITOR&commune=" + TALENCE);
        assertThat(byTagAndType.body()).contains(screenTag).contains("Écran").doesNotContain(tag + "<");
        Page byPerson = page(tech, "/ui/parc?commune=" + TALENCE + "&agent=" + owner.get("id"));
        assertThat(byPerson.body()).contains(tag);
        Page bad = page(tech, "/ui/parc?serie=" + "x".repeat(3) + "&inventaire=%C3%A9%C3%A9%C3%A9");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("aria-invalid=\"true\"").contains("Numéro d'inventaire invalide");
        assertThat(page(tech, "/ui/parc?agent=zzqqxxyy-personne").body()).contains("Aucun agent ne correspond");
    }

    @Test
    void a_commune_viewer_finds_only_its_commune_s_equipment() {
        Page pessac = page(login("viewer.pessac"), "/ui/parc?serie=" + serial);
        assertThat(pessac.status()).isEqualTo(200);
        assertThat(pessac.body()).doesNotContain(tag).contains("Aucun matériel ne correspond");
        assertThat(page(login("viewer.talence"), "/ui/parc?serie=" + serial).body()).contains(tag);
    }

    @Test
    void the_ci_page_shows_attributes_dates_purchase_relations_software_tickets_and_history() {
        Page p = page(login("viewer.talence"), "/ui/parc/" + pc);
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.body()).contains(tag).contains(serial).contains("Dell").contains("OptiPlex 7010")
                .contains("En service").contains("Talence").contains(owner.get("displayName").toString())
                .contains("15/03/2019").contains("14/03/2022").contains("expirée")
                .contains("UGAP").contains("BC-2019-").contains("Poste de l'accueil")
                .contains("Mémoire (Mo)").contains("16384").contains("Nom d'hôte").contains(tag.toLowerCase())
                .contains("href=\"/ui/parc/" + screen + "\"").contains(screenTag).contains("Connecté à")
                .contains("Mozilla Firefox").contains("128.0.3")
                .contains("href=\"/ui/tickets/" + ticketId + "\"")
                .contains("Création").contains("Relation").contains("Logiciel");
        assertThat(p.body()).as("a commune viewer reads, the form is not offered").doesNotContain("id=\"ci-edit\"");
    }

    @Test
    void the_edit_form_changes_status_site_agent_and_notes_and_a_stale_version_is_refused() {
        String tech = login("tech.sud");
        Page before = page(tech, "/ui/parc/" + screen);
        assertThat(before.body()).contains("id=\"ci-edit\"");
        String version = versionIn(before.body());
        Map<String, Object> site = items("admin", "/api/sites?commune=" + TALENCE + "&size=1").get(0);
        Page saved = post(tech, "/ui/parc/" + screen + "/modification", Map.of("csrf", before.csrf(),
                "version", version, "status", "UNDER_REPAIR", "site", site.get("id").toString(),
                "person", "n° " + other.get("id"), "personShown", "", "notes", "Dalle fendue"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        Page after = page(tech, saved.location());
        assertThat(after.body()).contains("Matériel modifié.").contains("En réparation").contains("Dalle fendue")
                .contains(site.get("name").toString()).contains(other.get("displayName").toString())
                .contains("Statut").contains("En service");

        Page stale = post(tech, "/ui/parc/" + screen + "/modification", Map.of("csrf", before.csrf(),
                "version", version, "status", "IN_STOCK", "site", "", "person", "", "personShown", "",
                "notes", "Autre chose"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Quelqu'un d'autre a modifié ce matériel").contains("Recharger le matériel")
                .contains("Dalle fendue");

        Page unknownAgent = post(tech, "/ui/parc/" + screen + "/modification", Map.of("csrf", before.csrf(),
                "version", versionIn(after.body()), "status", "UNDER_REPAIR", "site", site.get("id").toString(),
                "person", "zzqqxxyy-personne", "personShown", "", "notes", "Dalle fendue"));
        assertThat(unknownAgent.status()).isEqualTo(400);
        assertThat(unknownAgent.body()).contains("id=\"edit-person-error\"").contains("Aucun agent ne correspond");

        Page lent = post(tech, "/ui/parc/" + screen + "/modification", Map.of("csrf", before.csrf(),
                "version", versionIn(after.body()), "status", "LENT", "site", "", "person", "", "personShown", "",
                "notes", "Dalle fendue"));
        assertThat(lent.status()).as("a lent item needs a person: the API's field error").isEqualTo(400);
        assertThat(lent.body()).contains("aria-invalid=\"true\"").contains("corrigez le champ signalé");
    }

    @Test
    void a_role_the_api_refuses_gets_the_403_said_on_the_page() {
        String can = login("agent.can");
        Page p = page(can, "/ui/parc/" + pc);
        assertThat(p.body()).doesNotContain("id=\"ci-edit\"");
        Page refused = post(can, "/ui/parc/" + pc + "/modification", Map.of("csrf", p.csrf(), "version", "0",
                "status", "IN_STOCK", "notes", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Vous n'êtes pas autorisé à modifier ce matériel").contains(tag);
    }

    @Test
    void a_technician_reads_another_centre_s_ci_without_the_form_and_is_told_why() {
        String bordeauxTag = unique("ECR");
        long bordeaux = id(create(Map.of("type", "MONITOR", "assetTag", bordeauxTag, "manufacturer", "iiyama",
                "status", "IN_SERVICE", "commune", "33063")));
        String tech = login("tech.sud");
        Page p = page(tech, "/ui/parc/" + bordeaux);
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.body()).contains(bordeauxTag).contains("Lecture seule").contains("qu'un autre centre")
                .doesNotContain("id=\"ci-edit\"");
        Page refused = post(tech, "/ui/parc/" + bordeaux + "/modification", Map.of("csrf", p.csrf(), "version", "0",
                "status", "IN_SERVICE", "notes", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page(tech, "/ui/parc/" + pc).body()).contains("id=\"ci-edit\"").doesNotContain("Lecture seule");
    }

    @Test
    void the_ticket_page_links_a_ci_by_asset_tag_or_serial_and_unlinks_it() {
        String tech = login("tech.sud");
        String path = "/ui/tickets/" + ticketId;
        Page byTag = submit(tech, path, path + "/materiels", Map.of("reference", screenTag.toLowerCase()));
        assertThat(byTag.status()).as(byTag.body()).isEqualTo(303);
        assertThat(page(tech, byTag.location()).body()).contains("Matériel rattaché au ticket.")
                .contains("href=\"/ui/parc/" + screen + "\"");
        Page unlink = submit(tech, path, path + "/materiels/retrait", Map.of("ciId", Long.toString(screen)));
        assertThat(unlink.status()).isEqualTo(303);
        assertThat(page(tech, unlink.location()).body()).contains("Matériel détaché du ticket.")
                .doesNotContain("href=\"/ui/parc/" + screen + "\"");
        Page bySerial = submit(tech, path, path + "/materiels", Map.of("reference", screenSerial));
        assertThat(bySerial.status()).isEqualTo(303);
        assertThat(getList("tech.sud", "/api/tickets/" + ticketId + "/cis"))
                .extracting(c -> ((Number) c.get("id")).longValue()).contains(pc, screen);
        Page unknown = submit(tech, path, path + "/materiels", Map.of("reference", "NOPE-" + tag));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"ci-reference-error\"").contains("Aucun matériel de votre périmètre");
        Page again = submit(tech, path, path + "/materiels/retrait", Map.of("ciId", "987654321"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("n'est pas rattaché");
    }

    @Test
    void the_quality_report_lists_the_expired_warranty_with_a_link_and_exports_csv() {
        String resp = login("resp.sud");
        Page empty = page(resp, "/ui/parc/qualite");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Choisir…").doesNotContain("Exporter tout en CSV");
        Page report = page(resp, "/ui/parc/qualite?commune=" + TALENCE);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("Contrôle qualité – Talence").contains("Garantie expirée")
                .contains("Numéro de série en double").contains("href=\"/ui/parc/" + pc + "\"")
                .contains("/ui/parc/qualite/export?commune=" + TALENCE);
        Page csv = page(resp, "/ui/parc/qualite/export?commune=" + TALENCE);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.response().getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(csv.response().getHeaders().get("Content-Disposition")).startsWith("attachment")
                .contains("controle-qualite-" + TALENCE);
        assertThat(csv.body()).contains("Contrôle;").contains(tag);
        Page pessac = page(login("viewer.pessac"), "/ui/parc/qualite?commune=" + TALENCE);
        assertThat(pessac.body()).as("a viewer's report is its own commune's").doesNotContain(tag)
                .contains("Pessac");
        Page bad = page(resp, "/ui/parc/qualite?commune=xx");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"q-commune-error\"");
    }

    @Test
    void the_menu_offers_the_park_to_everyone() {
        for (String user : new String[]{"agent.can", "tech.sud", "viewer.pessac"}) {
            assertThat(page(login(user), "/ui/file").body()).contains("href=\"/ui/parc\"");
        }
    }

    private static String versionIn(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
