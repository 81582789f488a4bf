package fr.proxima.inventory.ciimport;

import fr.proxima.inventory.ci.application.CiCommands;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.HistoryEntry;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ciimport.application.CiImports;
import fr.proxima.inventory.ciimport.infrastructure.ImportJob;
import fr.proxima.inventory.ciimport.infrastructure.ReportLine;
import fr.proxima.inventory.support.OrgFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fr.proxima.inventory.support.OrgFixtures.ADMIN;
import static fr.proxima.inventory.support.OrgFixtures.PESSAC;
import static fr.proxima.inventory.support.OrgFixtures.TALENCE;
import static fr.proxima.inventory.support.OrgFixtures.TECH;
import static fr.proxima.inventory.support.OrgFixtures.VIEWER_TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CSV imports against MariaDB: dry run, apply, report, idempotent re-import, references, progress. */
@MicronautTest(startApplication = false, transactional = false)
class CiImportIT extends DatabaseTest {
    static final String HEADER = "Numéro d'inventaire;Type;Numéro de série;Fabricant;Modèle;Statut;Entité;Site;Agent;"
            + "Date d'acquisition;Fin de garantie;Fournisseur;Référence d'achat;Notes;Attributs";

    @Inject
    CiImports imports;
    @Inject
    CiReader reader;
    @Inject
    CiCommands commands;
    @Inject
    OrgFixtures org;

    long site;
    long person;
    long pessacPerson;

    @BeforeAll
    void organisation() {
        site = org.site(TALENCE, "Médiathèque Castagnéra");
        person = org.person(TALENCE, "Lafitte");
        pessacPerson = org.person(PESSAC, "Bernadet");
    }

    ImportJob await(ImportJob job) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        ImportJob j = job;
        while (j.status() == ImportJob.Status.QUEUED || j.status() == ImportJob.Status.RUNNING) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import " + job.id() + " still " + j.status());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            j = imports.require(job.id(), ADMIN);
        }
        return j;
    }

    byte[] file(String prefix) {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + prefix + "-1;Poste fixe;" + prefix + "SN1;HP;EliteDesk 800 G6;En service;33522;" + site + ";" + person
                + ";15/03/2023;14/03/2028;UGAP;BC-1;État civil;hostname=" + prefix.toLowerCase() + "-1|ramMb=16384\r\n"
                + prefix + "-2;Copieur multifonction;" + prefix + "SN2;RICOH;IM C3000;En service;33522;;;;;;;;color=oui\r\n"
                + prefix + "-3;Poste fixe;;HP;;En service;33522;;" + pessacPerson + ";;;;;;\r\n"
                + prefix + "-4;Téléphone mobile;;Apple;iPhone 13;En stock;33522;;;;;;;;lineNumber=06 " + prefix.hashCode()
                % 10 + "0 00 00 0" + Math.abs(prefix.hashCode() % 10) + "\r\n"
                + prefix + "-5;Frigo;;HP;;En service;33522;;;;;;;;\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_dry_run_reports_every_line_and_writes_nothing_then_its_apply_writes_the_good_lines() {
        ImportJob dry = await(imports.submit(file("IMP-A"), "parc.csv", true, TECH));
        assertThat(dry.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(dry.totalLines()).isEqualTo(5);
        assertThat(dry.processedLines()).isEqualTo(5);
        assertThat(List.of(dry.created(), dry.updated(), dry.unchanged(), dry.rejected())).containsExactly(3, 0, 0, 2);
        assertThat(reader.findByAssetTag("IMP-A-1", ADMIN)).isEmpty();
        List<ReportLine> rejected = imports.lines(dry.id(), "REJECTED", 0, 10, TECH).items();
        assertThat(rejected).extracting(ReportLine::line, ReportLine::assetTag)
                .containsExactly(tuple(4L, "IMP-A-3"), tuple(6L, "IMP-A-5"));
        assertThat(rejected.get(0).message()).contains("Agent").contains("entité");
        assertThat(rejected.get(1).message()).contains("Type inconnu");

        ImportJob applied = await(imports.apply(dry.id(), TECH));
        assertThat(applied.dryRun()).isFalse();
        assertThat(applied.sourceJobId()).isEqualTo(dry.id());
        assertThat(List.of(applied.created(), applied.updated(), applied.unchanged(), applied.rejected()))
                .containsExactly(3, 0, 0, 2);
        ConfigurationItem pc = reader.findByAssetTag("IMP-A-1", ADMIN).orElseThrow();
        assertThat(pc.details().siteId()).isEqualTo(site);
        assertThat(pc.details().attributes().asMap()).containsEntry("ramMb", 16384L);
        assertThat(reader.history(pc.id(), ADMIN).orElseThrow()).extracting(HistoryEntry::field, HistoryEntry::actor)
                .containsExactly(tuple("created", "tech.sud"));
        assertThat(imports.lines(applied.id(), "CREATED", 0, 10, TECH).items()).extracting(ReportLine::ciId)
                .contains(pc.id());
        ProblemException twice = assertThrows(ProblemException.class, () -> imports.apply(dry.id(), TECH));
        assertThat(twice.code()).isEqualTo("INV-3055");
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_a_changed_line_updates_with_history() {
        await(imports.submit(file("IMP-B"), null, false, ADMIN));
        ConfigurationItem before = reader.findByAssetTag("IMP-B-1", ADMIN).orElseThrow();
        ImportJob again = await(imports.submit(file("IMP-B"), null, false, ADMIN));
        assertThat(List.of(again.created(), again.updated(), again.unchanged(), again.rejected()))
                .containsExactly(0, 0, 3, 2);
        assertThat(reader.findByAssetTag("IMP-B-1", ADMIN).orElseThrow().version()).isEqualTo(before.version());

        String changed = new String(file("IMP-B"), StandardCharsets.UTF_8).replace("EliteDesk 800 G6;En service",
                "EliteDesk 800 G6;En réparation");
        ImportJob third = await(imports.submit(changed.getBytes(StandardCharsets.UTF_8), null, false, ADMIN));
        assertThat(third.updated()).isEqualTo(1);
        assertThat(imports.lines(third.id(), "UPDATED", 0, 10, ADMIN).items()).singleElement()
                .satisfies(l -> assertThat(l.message()).isEqualTo("status"));
        assertThat(reader.history(before.id(), ADMIN).orElseThrow()).extracting(HistoryEntry::field)
                .containsExactly("created", "status");
    }

    @Test
    void an_import_updates_a_ci_entered_by_hand_found_by_its_serial() {
        ConfigurationItem entered = commands.create(new CiDraft("DESKTOP", "MAN-1", "IMPCSN1", "HP", null,
                "IN_STOCK", TALENCE, null, null, null, null, null, null, null, Map.of()), ADMIN);
        byte[] csv = (HEADER + "\nMAN-1-NEW;DESKTOP;impcsn1;Hewlett-Packard;ProDesk;IN_SERVICE;33522;;;;;;;;\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportJob job = await(imports.submit(csv, null, false, ADMIN));
        assertThat(job.updated()).isEqualTo(1);
        ConfigurationItem after = reader.find(entered.id(), ADMIN).orElseThrow();
        assertThat(after.details().assetTag()).isEqualTo("MAN-1-NEW");
        assertThat(after.details().model()).isEqualTo("ProDesk");
    }

    @Test
    void unreadable_files_and_read_only_roles_are_refused_at_once() {
        assertThat(assertThrows(ProblemException.class, () -> imports.submit("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8),
                null, true, ADMIN)).code()).isEqualTo("INV-3050");
        assertThat(assertThrows(ProblemException.class, () -> imports.submit((HEADER + "\n").getBytes(
                StandardCharsets.UTF_8), null, true, ADMIN)).code()).isEqualTo("INV-3050");
        assertThat(assertThrows(ProblemException.class, () -> imports.submit(file("IMP-C"), null, true,
                VIEWER_TALENCE)).code()).isEqualTo("INV-3003");
        ImportJob mine = await(imports.submit(file("IMP-D"), null, true, TECH));
        assertThat(assertThrows(ProblemException.class, () -> imports.require(mine.id(), OrgFixtures.CAN)).code())
                .isEqualTo("INV-3054");
    }

    @Test
    void good_lines_of_a_big_file_are_applied_in_chunks_with_progress() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int n = 2_500;
        for (int i = 0; i < n; i++) {
            csv.append("BIG-").append(i).append(";Poste fixe;BIGSN").append(i).append(";Dell;OptiPlex;")
                    .append(i % 500 == 7 ? "Perdu" : "En service").append(";33522;;;;;;;;hostname=big-").append(i)
                    .append('\n');
        }
        ImportJob job = await(imports.submit(csv.toString().getBytes(StandardCharsets.UTF_8), null, false, ADMIN));
        assertThat(job.processedLines()).isEqualTo(n);
        assertThat(job.rejected()).isEqualTo(5);
        assertThat(job.created()).isEqualTo(n - 5);
        assertThat(imports.lines(job.id(), "REJECTED", 0, 10, ADMIN).items()).extracting(ReportLine::line)
                .containsExactly(9L, 509L, 1009L, 1509L, 2009L);
        assertThat(reader.findByAssetTag("BIG-2499", ADMIN)).isPresent();
    }

    @Test
    void sites_and_agents_may_be_named_by_site_name_and_e_mail_address_of_the_line_s_entity() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String email = "c.lartigue." + suffix + "@mairie-talence.fr";
        long agent = org.person(TALENCE, "Lartigue", email);
        long library = org.site(TALENCE, "Bibliothèque Forum " + suffix);
        org.site(TALENCE, "Gymnase Boris Diaw " + suffix);
        org.site(TALENCE, "Gymnase  boris DIAW " + suffix);
        String p = "IMP-N" + suffix.toUpperCase();
        String csv = HEADER + "\r\n"
                + p + "-1;Poste fixe;;HP;;En service;33522;bibliotheque forum " + suffix + ";"
                + email.toUpperCase() + ";;;;;;\r\n"
                + p + "-2;Poste fixe;;HP;;En service;33522;Gymnase Boris Diaw " + suffix + ";;;;;;;\r\n"
                + p + "-3;Poste fixe;;HP;;En service;33522;Piscine inconnue;inconnu." + suffix
                + "@mairie-talence.fr;;;;;;\r\n"
                + p + "-4;Poste fixe;;HP;;En service;33318;;" + email + ";;;;;;\r\n"
                + p + "-5;Poste fixe;;HP;;En service;33522;;Lartigue;;;;;;\r\n";
        ImportJob job = await(imports.submit(csv.getBytes(StandardCharsets.UTF_8), "noms.csv", false, ADMIN));
        assertThat(List.of(job.created(), job.rejected())).containsExactly(1, 4);
        ConfigurationItem pc = reader.findByAssetTag(p + "-1", ADMIN).orElseThrow();
        assertThat(pc.details().siteId()).isEqualTo(library);
        assertThat(pc.details().personId()).isEqualTo(agent);
        List<ReportLine> rejected = imports.lines(job.id(), "REJECTED", 0, 10, ADMIN).items();
        assertThat(rejected).extracting(ReportLine::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(rejected.get(0).message()).contains("Site").contains("2 sites portent ce nom");
        assertThat(rejected.get(1).message()).contains("aucun site ouvert de ce nom")
                .contains("aucun agent actif de l'entité n'a cette adresse");
        // the e-mail of a Talence agent names nobody in Pessac
        assertThat(rejected.get(2).message()).contains("aucun agent actif de l'entité n'a cette adresse");
        assertThat(rejected.get(3).message()).contains("identifiant ou adresse électronique attendu");
    }

    @Test
    void a_proximity_centre_imports_only_the_cis_of_the_communes_it_serves() {
        String p = "IMP-S" + Long.toString(System.nanoTime(), 36).toUpperCase();
        commands.create(new CiDraft("DESKTOP", p + "-9", null, "HP", null, "IN_SERVICE", "33063", null, null, null,
                null, null, null, null, Map.of()), ADMIN);
        String csv = HEADER + "\r\n"
                + p + "-1;Poste fixe;;HP;;En service;33522;;;;;;;;\r\n"
                + p + "-2;Poste fixe;;HP;;En service;33063;;;;;;;;\r\n"
                + p + "-9;Poste fixe;;HP;;En service;33522;;;;;;;Repris par Talence;\r\n";
        // TECH is centre Sud (Pessac, Talence, Bègles); 33063 is Ville de Bordeaux (centre Bordeaux-Métropole)
        ImportJob dry = await(imports.submit(csv.getBytes(StandardCharsets.UTF_8), "sud.csv", true, TECH));
        assertThat(List.of(dry.created(), dry.updated(), dry.rejected())).containsExactly(1, 0, 2);
        List<ReportLine> rejected = imports.lines(dry.id(), "REJECTED", 0, 10, TECH).items();
        assertThat(rejected).extracting(ReportLine::line).containsExactly(3L, 4L);
        assertThat(rejected).allSatisfy(r -> assertThat(r.message()).contains("Bordeaux")
                .contains("relèvent d'un autre centre que « Centre de proximité Sud »"));
        // the administrator applies the same dry run: its own scope decides, every line passes
        ImportJob applied = await(imports.apply(dry.id(), ADMIN));
        assertThat(List.of(applied.created(), applied.updated(), applied.rejected())).containsExactly(2, 1, 0);
        assertThat(reader.findByAssetTag(p + "-9", ADMIN).orElseThrow().communeCode()).isEqualTo(TALENCE);
    }
}
