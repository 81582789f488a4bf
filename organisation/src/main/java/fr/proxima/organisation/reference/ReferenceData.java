package fr.proxima.organisation.reference;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.CommuneKind;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.TeamKind;
import fr.proxima.organisation.team.Teams;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Loads the organisation's reference data into an empty database: Bordeaux Métropole and its 28 communes
 * (INSEE population 2026 edition), the five proximity centres with the commune → centre map in force, and the
 * central support groups. Runs at every start and only fills what is missing, so it never overwrites an admin's
 * edits. The files are the project's own copies under {@code reference/}.
 */
@Singleton
@Requires(property = "proxima.reference-data.enabled", notEquals = "false")
public class ReferenceData {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

    /** SIREN of Bordeaux Métropole, used as its entity code. */
    public static final String METROPOLE_CODE = "243300316";

    private final Communes communes;
    private final Teams teams;
    private final Clock clock;

    ReferenceData(Communes communes, Teams teams) {
        this.communes = communes;
        this.teams = teams;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        load();
    }

    @Transactional
    public void load() {
        List<CSVRecord> centres = read("reference/centres.csv");
        if (communes.isEmpty()) {
            Set<String> mutualised = mutualisedCodes(centres);
            communes.save(new Commune(METROPOLE_CODE, "Bordeaux Métropole", CommuneKind.METROPOLE, null,
                    new BigDecimal("44.837"), new BigDecimal("-0.585"), true, null, null, null));
            // the town hall's coordinates where known, else the commune's approximate centre point
            java.util.Map<String, CSVRecord> centrePoints = new java.util.HashMap<>();
            for (CSVRecord r : read("reference/communes-centres.csv")) {
                centrePoints.put(r.get("insee_code"), r);
            }
            for (CSVRecord r : read("reference/communes.csv")) {
                String code = r.get("insee_code");
                BigDecimal lat = decimal(r.get("lat"));
                BigDecimal lon = decimal(r.get("lon"));
                CSVRecord centre = centrePoints.get(code);
                if ((lat == null || lon == null) && centre != null) {
                    lat = decimal(centre.get("lat"));
                    lon = decimal(centre.get("lon"));
                }
                communes.save(new Commune(code, r.get("name"), CommuneKind.COMMUNE, Integer.valueOf(r.get("population")),
                        lat, lon, mutualised.contains(code), null, null, null));
            }
            LOG.info("Reference data: {} communes and the Métropole loaded", communes.all().size() - 1);
        }
        if (teams.isEmpty()) {
            for (CSVRecord r : centres) {
                teams.save(new Team(r.get("code"), r.get("name"), TeamKind.PROXIMITY_CENTRE, true, null, null, null));
            }
            for (CSVRecord r : read("reference/support-groups.csv")) {
                teams.save(new Team(r.get("code"), r.get("name"), TeamKind.SUPPORT_GROUP, true, null, null, null));
            }
        }
        if (communes.currentMap().isEmpty()) {
            Instant now = clock.instant();
            for (CSVRecord r : centres) {
                for (String commune : r.get("communes").split(";")) {
                    communes.assignToCentre(commune, r.get("code"), now, AccessScope.SYSTEM, "Carte initiale");
                }
            }
        }
    }

    /** The mutualised entities are exactly those the centres serve. */
    private static Set<String> mutualisedCodes(List<CSVRecord> centres) {
        Set<String> codes = new java.util.HashSet<>();
        for (CSVRecord r : centres) {
            codes.addAll(List.of(r.get("communes").split(";")));
        }
        return codes;
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
