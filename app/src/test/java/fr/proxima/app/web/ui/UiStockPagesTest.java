package fr.proxima.app.web.ui;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stock and import pages over HTTP (no browser): a centre's stock with its thresholds and units, every movement
 * form (including the 409 on the last unit, with what the user typed kept, and a double submit recorded once), the
 * threshold edit with a stale version, the CSV import from upload to applied CIs with its progress page; and the
 * commune viewer's answers on every stock and import page. Records are created with fresh codes: the test JVM
 * shares one database.
 */
@MicronautTest
class UiStockPagesTest extends UiTest {
    private static final String TALENCE = "33522";
    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final Pattern JOB = Pattern.compile("/ui/imports/(\\d+)");

    @Inject
    Router router;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private String tech;
    private long siteId;

    @BeforeAll
    void a_technician_of_sud_and_a_talence_site() {
        tech = login("tech.sud");
        siteId = ((Number) items("admin", "/api/sites?commune=" + TALENCE + "&size=1").get(0).get("id")).longValue();
    }

    private long article(String prefix, String kind) {
        String code = prefix + "-" + run;
        Map<String, Object> a = parse(exchange("admin", HttpRequest.POST("/api/stock/articles", Map.of(
                "code", code, "name", "Article " + code, "kind", kind, "category", "Essai"))).body());
        return ((Number) a.get("id")).longValue();
    }

    private String code(String prefix) {
        return prefix + "-" + run;
    }

    private void receive(long article, String centre, int quantity) {
        exchange("admin", HttpRequest.POST("/api/stock/movements", Map.of("kind", "RECEIPT", "articleId", article,
                "quantity", quantity, "toCentre", centre, "supplier", "UGAP")));
    }

    private List<Map<String, Object>> ledger(long article) {
        return items("tech.sud", "/api/stock/movements?article=" + article);
    }

    private int quantity(long article, String centre) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) getJson("tech.sud",
                "/api/stock?centre=" + centre + "&article=" + article).get("items");
        return levels.isEmpty() ? 0 : ((Number) levels.get(0).get("quantity")).intValue();
    }

    /** Opens a movement form and sends it with its own CSRF token and idempotency key. */
    private Page movement(String session, String slug, Map<String, String> values) {
        Page form = page(session, "/ui/stock/mouvements/nouveau?type=" + slug);
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> sent = new HashMap<>(values);
        sent.put("csrf", form.csrf());
        sent.put("idempotencyKey", key(form));
        return post(session, "/ui/stock/mouvements/nouveau", sent);
    }

    private static String key(Page form) {
        Matcher m = KEY.matcher(form.body());
        assertThat(m.find()).as("an idempotency key in the form").isTrue();
        return m.group(1);
    }

    @Test
    void the_stock_page_shows_a_centre_s_articles_thresholds_and_units_with_links_to_their_ci() {
        long toner = article("UI-TONER", "CONSUMABLE");
        receive(toner, "SUD", 3);
        exchange("admin", HttpRequest.PUT("/api/stock/thresholds/SUD/" + toner, Map.of("minimum", 5, "version", 0)));
        long laptops = article("UI-PORTABLE", "SERIALIZED");
        Map<String, Object> ci = parse(exchange("admin", HttpRequest.POST("/api/cis", Map.of("type", "LAPTOP",
                "assetTag", code("PORT"), "serialNumber", "SN" + code("PORT"), "manufacturer", "Lenovo",
                "model", "ThinkPad T14", "status", "IN_STOCK", "commune", TALENCE))).body());
        long ciId = ((Number) ci.get("id")).longValue();
        exchange("admin", HttpRequest.POST("/api/stock/movements", Map.of("kind", "RECEIPT", "articleId", laptops,
                "ciId", ciId, "toCentre", "SUD", "supplier", "UGAP")));

        Page sud = page(tech, "/ui/stock");
        assertThat(sud.status()).isEqualTo(200);
        assertThat(sud.body()).contains("Stock – Centre de proximité Sud")
                .containsPattern("data-article=\"" + code("UI-TONER") + "\">[\\s\\S]*?<td class=\"num\"><span>3</span>"
                        + "[\\s\\S]*?<td class=\"num\">5</td>[\\s\\S]*?Sous le seuil")
                .contains(code("UI-PORTABLE")).contains("href=\"/ui/parc/" + ciId + "\"").contains(code("PORT"))
                .contains("ThinkPad T14");
        Page below = page(tech, "/ui/stock?sousSeuil=1");
        assertThat(below.body()).contains(code("UI-TONER")).doesNotContain("data-article=\"" + code("UI-PORTABLE"));
        Page other = page(tech, "/ui/stock?centre=RIVE_DROITE");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).contains("Rive droite").doesNotContain(code("UI-TONER"));
        assertThat(page(login("agent.can"), "/ui/stock?centre=SUD").body()).as("the CAN reads every centre's stock")
                .contains(code("UI-TONER"));
    }

    @Test
    void each_movement_form_records_its_movement_and_shows_it_in_the_ledger() {
        long paper = article("UI-PAPIER", "CONSUMABLE");
        Page receipt = movement(tech, "reception", Map.of("kind", "RECEIPT", "centre", "SUD",
                "article", Long.toString(paper), "quantity", "10", "supplier", "Lyreco", "purchaseRef", "BL-" + run));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(303);
        assertThat(receipt.location()).startsWith("/ui/stock/mouvements?centre=SUD&fait=");
        Page ledgerPage = page(tech, receipt.location());
        assertThat(ledgerPage.body()).contains("Mouvement n° ").contains("enregistré").contains(code("UI-PAPIER"))
                .contains("Réf. BL-" + run).contains("Fournisseur Lyreco");

        Map<String, Object> ticket = parse(exchange("agent.can", HttpRequest.POST("/api/tickets", Map.of(
                "type", "INCIDENT", "title", "Imprimante sans papier", "commune", TALENCE, "impact", "LOW",
                "urgency", "LOW"))).body());
        assertThat(movement(tech, "sortie", Map.of("kind", "ISSUE", "centre", "SUD", "article", Long.toString(paper),
                "quantity", "2", "site", Long.toString(siteId), "ticket", "INC-1999-000001")).body())
                .as("an unknown ticket number").contains("id=\"m-ticket-error\"").contains("Aucun ticket ne porte ce numéro");
        Page issue = movement(tech, "sortie", Map.of("kind", "ISSUE", "centre", "SUD", "article", Long.toString(paper),
                "quantity", "2", "site", Long.toString(siteId), "ticket", ticket.get("number").toString()));
        assertThat(issue.status()).as(issue.body()).isEqualTo(303);
        Page transfer = movement(tech, "transfert", Map.of("kind", "TRANSFER", "centre", "SUD",
                "destination", "RIVE_DROITE", "article", Long.toString(paper), "quantity", "3"));
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(303);
        Page back = movement(tech, "retour", Map.of("kind", "RETURN", "centre", "SUD", "article", Long.toString(paper),
                "quantity", "1", "reason", "Ramette non utilisée"));
        assertThat(back.status()).as(back.body()).isEqualTo(303);
        Page scrap = movement(tech, "rebut", Map.of("kind", "SCRAP", "centre", "SUD", "article", Long.toString(paper),
                "quantity", "1", "reason", "Ramette mouillée"));
        assertThat(scrap.status()).as(scrap.body()).isEqualTo(303);

        assertThat(ledger(paper)).extracting(m -> m.get("kind"))
                .containsExactly("SCRAP", "RETURN", "TRANSFER", "ISSUE", "RECEIPT");
        assertThat(ledger(paper).get(3)).containsEntry("ticketId", ticket.get("id")).containsEntry("siteId",
                (int) siteId);
        assertThat(quantity(paper, "SUD")).isEqualTo(10 - 2 - 3 + 1 - 1);
        assertThat(quantity(paper, "RIVE_DROITE")).isEqualTo(3);

        Page filtered = page(tech, "/ui/stock/mouvements?centre=SUD&type=SCRAP&article=" + paper);
        assertThat(filtered.body()).contains("Ramette mouillée").doesNotContain("Ramette non utilisée");
        Page none = page(tech, "/ui/stock/mouvements?centre=SUD&article=" + paper + "&du=2020-01-01&au=2020-12-31");
        assertThat(none.body()).contains("Aucun mouvement ne correspond");
        Page inverted = page(tech, "/ui/stock/mouvements?centre=SUD&du=2026-12-31&au=2026-01-01");
        assertThat(inverted.status()).isEqualTo(200);
        assertThat(inverted.body()).contains("id=\"f-au-error\"");
        Page rd = page(tech, "/ui/stock/mouvements?centre=RIVE_DROITE&article=" + paper);
        assertThat(rd.body()).as("the receiving centre sees the transfer").contains("Transfert vers un autre centre");
    }

    @Test
    void a_movement_with_missing_fields_shows_each_error_next_to_its_field() {
        Page p = movement(tech, "rebut", Map.of("kind", "SCRAP", "centre", "SUD", "article", "", "quantity", "abc"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.body()).contains("id=\"m-article-error\"").contains("id=\"m-quantity-error\"")
                .contains("aria-invalid=\"true\"").contains("corrigez les champs signalés");
        long article = article("UI-CABLE", "CONSUMABLE");
        receive(article, "SUD", 2);
        Page noReason = movement(tech, "rebut", Map.of("kind", "SCRAP", "centre", "SUD",
                "article", Long.toString(article), "quantity", "1", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).as("the API's field error, next to the field").contains("id=\"m-reason-error\"")
                .contains("Un retour ou une mise au rebut dit pourquoi");
        Page otherCentre = movement(tech, "sortie", Map.of("kind", "ISSUE", "centre", "RIVE_DROITE",
                "article", Long.toString(article), "quantity", "1", "site", Long.toString(siteId)));
        assertThat(otherCentre.status()).as("a technician moves its own centre's stock only").isEqualTo(403);
        assertThat(otherCentre.body()).contains("id=\"movement-error\"");
        assertThat(ledger(article)).hasSize(1);

        long unit = article("UI-PORTABLE-JUNK", "SERIALIZED");
        Page junkNumber = movement(tech, "reception", Map.of("kind", "RECEIPT", "centre", "SUD",
                "article", Long.toString(unit), "equipment", "%%% <b>", "supplier", "UGAP"));
        assertThat(junkNumber.status()).as("a number the CI search refuses: not found, the form kept").isEqualTo(400);
        assertThat(junkNumber.body()).contains("id=\"m-equipment-error\"").contains("UGAP");
        Map<String, String> forged = new HashMap<>(Map.of("kind", "SCRAP", "centre", "SUD",
                "article", Long.toString(article), "quantity", "1", "reason", "Abîmé"));
        Page form = page(tech, "/ui/stock/mouvements/nouveau?type=rebut");
        forged.put("csrf", form.csrf());
        forged.put("idempotencyKey", "x\r\nX-Injected: 1");
        Page refused = post(tech, "/ui/stock/mouvements/nouveau", forged);
        assertThat(refused.status()).as("a key this page did not make").isEqualTo(400);
        assertThat(refused.body()).contains("pas été reconnu").contains("Abîmé");
        assertThat(ledger(article)).hasSize(1);
    }

    @Test
    void the_last_unit_taken_meanwhile_answers_a_clear_409_next_to_the_form_with_what_was_typed() {
        long article = article("UI-DERNIER", "CONSUMABLE");
        receive(article, "SUD", 1);
        Page form = page(tech, "/ui/stock/mouvements/nouveau?type=sortie");
        // someone else takes the last one while the form is open
        exchange("resp.sud", HttpRequest.POST("/api/stock/movements", Map.of("kind", "ISSUE", "articleId", article,
                "quantity", 1, "fromCentre", "SUD", "siteId", siteId)));
        Page p = post(tech, "/ui/stock/mouvements/nouveau", Map.of("csrf", form.csrf(), "idempotencyKey", key(form),
                "kind", "ISSUE", "centre", "SUD", "article", Long.toString(article), "quantity", "1",
                "site", Long.toString(siteId), "reason", "Pour l'accueil de la mairie"));
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.body()).contains("id=\"movement-error\"").contains("Stock insuffisant")
                .contains("n'a plus que 0").contains("vos saisies sont conservées")
                .contains("Pour l'accueil de la mairie</textarea>")
                .contains("<option value=\"" + article + "\" selected=\"selected\">")
                .contains("<option value=\"" + siteId + "\" selected=\"selected\">")
                .containsPattern("id=\"m-quantity\"[^>]*value=\"1\"");
        assertThat(ledger(article)).hasSize(2);
        assertThat(quantity(article, "SUD")).isZero();
    }

    @Test
    void a_form_sent_twice_records_one_movement() {
        long article = article("UI-DOUBLE", "CONSUMABLE");
        receive(article, "SUD", 5);
        Page form = page(tech, "/ui/stock/mouvements/nouveau?type=sortie");
        Map<String, String> values = Map.of("csrf", form.csrf(), "idempotencyKey", key(form), "kind", "ISSUE",
                "centre", "SUD", "article", Long.toString(article), "quantity", "2", "site", Long.toString(siteId));
        Page first = post(tech, "/ui/stock/mouvements/nouveau", values);
        Page second = post(tech, "/ui/stock/mouvements/nouveau", values);
        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).as("the retry is answered with the first movement").isEqualTo(303);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(ledger(article)).extracting(m -> m.get("kind")).containsExactly("ISSUE", "RECEIPT");
        assertThat(quantity(article, "SUD")).isEqualTo(3);
        Page another = page(tech, "/ui/stock/mouvements/nouveau?type=sortie");
        assertThat(key(another)).as("each render carries a fresh key").isNotEqualTo(values.get("idempotencyKey"));
    }

    @Test
    void the_replenishment_view_suggests_transfers_and_orders_and_a_stale_threshold_is_a_409() {
        long article = article("UI-SOURIS", "CONSUMABLE");
        receive(article, "RIVE_DROITE", 20);
        String manager = login("resp.sud");
        Page view = page(manager, "/ui/stock/reapprovisionnement");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("Réapprovisionnement – Centre de proximité Sud").contains("besoin = max(seuil")
                .contains("id=\"seuil-SUD-" + article + "\"");
        Page set = submit(manager, "/ui/stock/reapprovisionnement", "/ui/stock/seuils", Map.of("centre", "SUD",
                "articleId", Long.toString(article), "minimum", "4", "version", "0", "vue", "SUD"));
        assertThat(set.status()).as(set.body()).isEqualTo(303);
        Page after = page(manager, set.location());
        assertThat(after.body()).contains("Seuil enregistré.")
                .containsPattern("data-line=\"SUD-" + article + "\"[\\s\\S]*?name=\"minimum\"[^>]*value=\"4\"");
        Page all = page(manager, "/ui/stock/reapprovisionnement?centre=TOUS");
        assertThat(all.body()).as("the shortfall of Sud taken from Rive droite's surplus")
                .containsPattern(code("UI-SOURIS") + "[\\s\\S]*?Rive droite[\\s\\S]*?Sud[\\s\\S]*?<td class=\"num\">4</td>")
                .contains("Enregistrer le transfert");

        Page stale = submit(manager, "/ui/stock/reapprovisionnement", "/ui/stock/seuils", Map.of("centre", "SUD",
                "articleId", Long.toString(article), "minimum", "7", "version", "0", "vue", "SUD"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"threshold-error\"").contains("modifié par quelqu'un d'autre")
                .contains("Votre valeur (7)").contains("Valeur actuelle : <span>4</span>")
                .containsPattern("id=\"min-SUD-" + article + "\"[^>]*value=\"7\"");
        assertThat(stale.body()).as("the form now carries the current version").containsPattern(
                "name=\"articleId\" value=\"" + article + "\">\\s*<input type=\"hidden\" name=\"version\" value=\"1\"");

        Page notMine = submit(manager, "/ui/stock/reapprovisionnement", "/ui/stock/seuils", Map.of(
                "centre", "RIVE_DROITE", "articleId", Long.toString(article), "minimum", "2", "version", "0"));
        assertThat(notMine.status()).as("a manager sets its own centre's thresholds").isEqualTo(403);
        assertThat(page(tech, "/ui/stock/reapprovisionnement").body()).as("no threshold form for a technician")
                .doesNotContain("action=\"/ui/stock/seuils\"");
    }

    private String importFile(String... lines) {
        return "Numéro d'inventaire;Type;Numéro de série;Fabricant;Modèle;Statut;Entité\r\n" + String.join("\r\n", lines)
                + "\r\n";
    }

    private Page upload(String session, String fileName, String csv) {
        String csrf = page(session, "/ui/imports").csrf();
        MultipartBody body = MultipartBody.builder().addPart("csrf", csrf).addPart("file", fileName,
                MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8)).build();
        return send(HttpRequest.POST("/ui/imports", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Cookie", session));
    }

    private Page awaitDone(String session, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            Page p = page(session, path);
            if (!p.body().contains("data-poll=") || Instant.now().isAfter(deadline)) {
                return p;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return p;
            }
        }
    }

    @Test
    void an_import_goes_from_upload_to_dry_run_report_to_applied_cis_and_its_page_follows_the_progress() {
        // a large dry run first: the import runner takes one job at a time, so the small file waits behind it
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append(code("GROS")).append('-').append(i).append(";Écran;;iiyama;ProLite;En stock;").append(TALENCE)
                    .append("\r\n");
        }
        Page bigUpload = upload(tech, "gros.csv", importFile(big.toString().strip()));
        assertThat(bigUpload.status()).as(bigUpload.body()).isEqualTo(303);
        Page small = upload(tech, "ecrans-" + run + ".csv", importFile(
                code("ECR") + "-1;Écran;SN1" + run + ";iiyama;ProLite XUB2493;En stock;" + TALENCE,
                code("ECR") + "-2;Soucoupe volante;;iiyama;;En stock;" + TALENCE,
                code("ECR") + "-3;Écran;SN3" + run + ";iiyama;ProLite XUB2493;En service;" + TALENCE));
        assertThat(small.status()).as(small.body()).isEqualTo(303);
        Matcher m = JOB.matcher(small.location());
        assertThat(m.find()).isTrue();
        String job = m.group();

        Page waiting = page(tech, job);
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.body()).as("a queued job's page: its progress polled by the script, a link without it,"
                        + " never a page refresh that would reset the page")
                .contains("data-poll=\"" + job + "\"").contains("Actualiser maintenant").contains("En file d'attente")
                .contains("<progress id=\"job-progress\" max=\"100\"").doesNotContain("id=\"apply-form\"")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(page(tech, "/ui/imports").body()).contains("id=\"imports-running\"").contains("gros.csv")
                .doesNotContain("http-equiv=\"refresh\"");

        Page report = awaitDone(tech, job);
        assertThat(report.body()).contains("Simulation d'import n° ").contains("Terminé")
                .contains("<dd id=\"count-created\">2</dd>").contains("<dd id=\"count-rejected\">1</dd>")
                .containsPattern("data-line=\"3\">\\s*<td class=\"num\">3</td>\\s*<td>" + code("ECR") + "-2</td>")
                .contains("Soucoupe volante").contains("id=\"apply-form\"");
        assertThat(items("tech.sud", "/api/cis?assetTag=" + code("ECR") + "-1")).as("nothing written by a dry run")
                .isEmpty();
        Page created = page(tech, job + "?resultat=CREATED");
        assertThat(created.body()).contains(code("ECR") + "-1").contains(code("ECR") + "-3");

        Page applied = submit(tech, job, job + "/appliquer", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(303);
        assertThat(applied.location()).matches("/ui/imports/\\d+").isNotEqualTo(job);
        Page done = awaitDone(tech, applied.location());
        assertThat(done.body()).contains("Import n° ").contains("<dd id=\"count-created\">2</dd>");
        assertThat(items("tech.sud", "/api/cis?assetTag=" + code("ECR") + "-1")).singleElement()
                .satisfies(ci -> assertThat(ci).containsEntry("status", "IN_STOCK"));
        assertThat(items("tech.sud", "/api/cis?assetTag=" + code("ECR") + "-3")).hasSize(1);
        Page again = submit(tech, job, job + "/appliquer", Map.of());
        assertThat(again.status()).as("a dry run applies once").isEqualTo(409);
        assertThat(again.body()).contains("déjà été appliquée");
        assertThat(page(tech, job).body()).contains("id=\"applied-link\"").doesNotContain("id=\"apply-form\"");
    }

    @Test
    void an_unreadable_file_comes_back_with_the_reason_next_to_the_file_field() {
        Page p = upload(tech, "vide-" + run + ".csv", "Pas;un;en-tête;connu\r\nx;y;z;w\r\n");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.body()).contains("id=\"import-file-error\"").contains("aria-invalid=\"true\"");
        Page template = page(tech, "/ui/imports/modele");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.response().getHeaders().get("Content-Disposition")).startsWith("attachment");
        assertThat(template.body()).contains("Numéro d'inventaire;Type;Numéro de série");
    }

    @Test
    void a_commune_viewer_gets_the_403_of_the_stock_api_and_the_404_of_another_user_s_import() {
        Page upload = upload(tech, "perimetre-" + run + ".csv", importFile(
                code("SCOPE") + ";Écran;;iiyama;;En stock;" + TALENCE));
        String job = upload.location();
        String pessac = login("viewer.pessac");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toPathString();
            if (route.getHttpMethod() != HttpMethod.GET) {
                continue;
            }
            if (template.startsWith("/ui/stock")) {
                checked++;
                Page p = page(pessac, template);
                if (p.status() != 403 || !p.body().contains("Accès refusé")) {
                    failures.add(template + " → " + p.status());
                }
            } else if (template.startsWith("/ui/imports/{")) {
                checked++;
                String unknown = template.replaceAll("\\{[^}]*}", "987654321");
                Page hidden = page(pessac, template.replaceAll("\\{[^}]*}", job.substring(job.lastIndexOf('/') + 1)));
                Page missing = page(pessac, unknown);
                if (hidden.status() != 404 || !hidden.body().equals(missing.body())) {
                    failures.add(template + " → " + hidden.status() + " / unknown " + missing.status());
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(failures).isEmpty();
        Page list = page(pessac, "/ui/imports");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("perimetre-" + run).doesNotContain("id=\"upload-form\"");
        assertThat(page(pessac, "/ui/file").body()).doesNotContain("href=\"/ui/stock\"")
                .doesNotContain("href=\"/ui/imports\"");
        assertThat(page(tech, "/ui/file").body()).contains("href=\"/ui/stock\"").contains("href=\"/ui/imports\"");
        assertThat(page(login("resp.sud"), job).status()).as("another user's import").isEqualTo(404);
    }

    @Test
    void an_administrator_imports_an_operator_s_month_and_reads_the_costs_per_commune_and_the_unknown_lines() {
        String digits = String.format("%08d", (long) (Math.random() * 100_000_000L));
        String known = "06" + digits;
        String unknown = "07" + digits;
        exchange("admin", HttpRequest.POST("/api/cis", Map.of("type", "MOBILE_PHONE", "assetTag", code("TEL"),
                "manufacturer", "Samsung", "model", "Galaxy A55", "status", "IN_SERVICE", "commune", TALENCE,
                "attributes", Map.of("lineNumber", known))));
        String csv = "N° de ligne;Libellé;Montant TTC;Période\r\n"
                + known + ";Forfait Pro 20 Go;19,90;03/2025\r\n"
                + unknown + ";Forfait Pro 5 Go;9,90;03/2025\r\n"
                + "illisible;Forfait;1,00;03/2025\r\n";
        String admin = login("admin");
        String csrf = page(admin, "/ui/telephonie").csrf();
        MultipartBody body = MultipartBody.builder().addPart("csrf", csrf).addPart("operator", "Opérateur " + run)
                .addPart("file", "mars.csv", MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8)).build();
        Page report = send(HttpRequest.POST("/ui/telephonie", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Cookie", admin));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("<dd id=\"tel-lines\">2</dd>").contains("<dd id=\"tel-matched\">1</dd>")
                .contains("<dd id=\"tel-unknown\">1</dd>").contains("<dd id=\"tel-rejected\">1</dd>")
                .containsPattern("data-line=\"4\">\\s*<td class=\"num\">4</td>").contains(unknown);
        Page costs = page(admin, "/ui/telephonie?du=2025-03&au=2025-03&mois=2025-03");
        assertThat(report.body()).as("amounts written the French way").contains("9,90").doesNotContain("9.9 €");
        assertThat(costs.body()).containsPattern("mars 2025</td>\\s*<td>Talence</td>")
                .contains("Lignes sans équipement connu").contains(unknown).contains("Opérateur " + run);
        assertThat(page(tech, "/ui/telephonie").status()).as("administrators only, as the API's imports").isEqualTo(403);
        Page missing = send(HttpRequest.POST("/ui/telephonie", MultipartBody.builder().addPart("csrf", csrf)
                        .addPart("operator", " ").addPart("file", "vide.csv", MediaType.of("text/csv"), new byte[]{' '}).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Cookie", admin));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"tel-operator-error\"");
    }
}
