package fr.proxima.inventory.telephony.application;

import fr.proxima.inventory.telephony.infrastructure.PhoneCostStore;
import fr.proxima.inventory.telephony.infrastructure.PhoneCostStore.CommuneMonth;
import fr.proxima.inventory.telephony.infrastructure.PhoneCostStore.ImportRow;
import fr.proxima.inventory.telephony.infrastructure.PhoneCostStore.LineCost;
import fr.proxima.inventory.telephony.model.OperatorCsv;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.IdempotentCreations;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports an operator's month and reads the costs.
 * <ul>
 *   <li>Import: administrators only. The month's previous import for that operator and its lines are deleted and
 *       the new ones inserted in one transaction, so a re-import of the same file gives the same figures and a
 *       corrected file replaces the first. Rows that cannot be read are rejected with their line number; lines
 *       whose number no mobile-phone CI carries are imported without commune and reported.</li>
 *   <li>Reads: administrators and centre managers read every commune; a commune viewer reads its own commune's
 *       costs (filtered in SQL); technicians and CAN agents have no use for them (403).</li>
 * </ul>
 */
@Singleton
public class TelephonyCosts {
    public static final String INVALID = "INV-3301";
    public static final String FORBIDDEN = "INV-3302";
    public static final String FILE_INVALID = "INV-3303";
    private static final Pattern OPERATOR = Pattern.compile("^[\\p{L}0-9][\\p{L}0-9 '&._-]{0,59}$");
    private static final Pattern PERIOD = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final PhoneCostStore store;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    TelephonyCosts(PhoneCostStore store, TransactionOperations<Connection> tx, @Nullable Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A line without a known CI, with where it is in the file. */
    public record UnknownLine(int csvLine, String lineNumber, BigDecimal amount) {
    }

    /** What an import did. */
    public record Report(ImportRow imported, boolean replaced, int matched, List<UnknownLine> unknown,
                         List<OperatorCsv.Rejected> rejected) {
    }

    public Report importMonth(AccessScope scope, String operator, String fileName, byte[] content) {
        if (!scope.isAdmin()) {
            throw ProblemException.forbidden(FORBIDDEN, "Seul un administrateur importe les factures des opérateurs");
        }
        String op = operator == null ? null : operator.strip();
        if (op == null || !OPERATOR.matcher(op).matches()) {
            throw ProblemException.invalidField(INVALID, "operator", "invalid", "Nom d'opérateur attendu (60 caractères au plus)");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField(FILE_INVALID, "file", "empty", "Fichier vide");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(413, FILE_INVALID, "Fichier trop volumineux", "10 Mo au plus");
        }
        OperatorCsv.Parsed parsed;
        try {
            parsed = OperatorCsv.read(records(text(content)));
        } catch (OperatorCsv.FileError e) {
            throw ProblemException.invalidField(FILE_INVALID, "file", e.reason(), e.getMessage());
        }
        String sha = IdempotentCreations.hash(content);
        String name = fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        return tx.executeWrite(status -> {
            Set<String> numbers = new LinkedHashSet<>();
            parsed.rows().forEach(r -> numbers.add(r.lineNumber()));
            Map<String, PhoneCostStore.LineOwner> owners = store.owners(numbers);
            List<PhoneCostStore.NewCost> costs = new ArrayList<>();
            List<UnknownLine> unknown = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            int matched = 0;
            for (OperatorCsv.Row r : parsed.rows()) {
                PhoneCostStore.LineOwner owner = owners.get(r.lineNumber());
                costs.add(new PhoneCostStore.NewCost(r.lineNumber(), r.amount(), r.label(),
                        owner == null ? null : owner.ciId(), owner == null ? null : owner.communeCode(), r.csvLine()));
                total = total.add(r.amount());
                if (owner == null) {
                    unknown.add(new UnknownLine(r.csvLine(), r.lineNumber(), r.amount()));
                } else {
                    matched++;
                }
            }
            boolean replaced = store.deleteImport(op, parsed.period());
            long id = store.insertImport(op, parsed.period(), sha, name, costs.size(), unknown.size(), total,
                    scope.username(), clock.instant());
            store.insertCosts(id, parsed.period(), costs);
            ImportRow row = store.imports().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            return new Report(row, replaced, matched, unknown, parsed.rejected());
        });
    }

    static void checkRead(AccessScope scope) {
        if (scope.role() == Role.TECHNICIAN || scope.role() == Role.CAN_AGENT) {
            throw ProblemException.forbidden(FORBIDDEN, "Les coûts de téléphonie ne sont pas accessibles à ce profil");
        }
    }

    @ReadOnly
    public List<ImportRow> imports(AccessScope scope) {
        if (!scope.isAdmin()) {
            throw ProblemException.forbidden(FORBIDDEN, "Réservé aux administrateurs");
        }
        return store.imports();
    }

    /** Cost per line for a month; unknown lines (no CI, no commune) are shown to those who read every commune. */
    @ReadOnly
    public List<LineCost> lines(AccessScope scope, String period, @Nullable String commune, boolean unknownOnly) {
        checkRead(scope);
        checkPeriod("period", period);
        return store.lines(period, commune, unknownOnly, scope.communeFilter(), 50_000);
    }

    /** Totals per commune and month between two months (inclusive). */
    @ReadOnly
    public List<CommuneMonth> totals(AccessScope scope, String from, String to, @Nullable String commune) {
        checkRead(scope);
        checkPeriod("from", from);
        checkPeriod("to", to);
        if (from.compareTo(to) > 0) {
            throw ProblemException.invalidField(INVALID, "from", "from.after-to", "from doit précéder to");
        }
        return store.totals(from, to, commune, scope.communeFilter());
    }

    private static void checkPeriod(String field, String p) {
        if (p == null || !PERIOD.matcher(p).matches()) {
            throw ProblemException.invalidField(INVALID, field, "invalid", "Mois attendu au format AAAA-MM");
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM removed), else Windows-1252 (spreadsheet exports). */
    static String text(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    static List<List<String>> records(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                if (out.size() > OperatorCsv.MAX_ROWS + 1) {
                    throw new OperatorCsv.FileError("too-large", "Plus de " + OperatorCsv.MAX_ROWS + " lignes");
                }
                out.add(r.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new OperatorCsv.FileError("csv", "CSV illisible (guillemets non fermés ?)");
        }
        return out;
    }

}
