package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.ticket.model.Ticket;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The CSV export for spreadsheets used in France: UTF-8 with a byte-order mark (so Excel reads the accents),
 * {@code ;} separator, French headers, dates in Paris time. Cells starting with {@code = + - @} are prefixed with
 * an apostrophe so that a spreadsheet never evaluates a title as a formula (CSV injection).
 */
final class TicketCsv {
    static final String HEADER = "Numéro;Type;Titre;Statut;Priorité;Impact;Urgence;Commune;Centre;Équipe;"
            + "Intervenant;Demandeur;Site;Catégorie;Créé le;Mis à jour le;Résolu le;Clos le;Code de résolution";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final ReferenceNames names;

    TicketCsv(ReferenceNames names) {
        this.names = names;
        out.append(HEADER).append("\r\n");
    }

    void add(Ticket t) {
        cell(t.number()).cell(t.type() == fr.proxima.itsm.TicketType.INCIDENT ? "Incident" : "Demande")
                .cell(t.title()).cell(t.status().name()).cell(t.priority().name()).cell(t.impact().name())
                .cell(t.urgency().name()).cell(names.commune(t.communeCode())).cell(names.team(t.centreCode()))
                .cell(names.team(t.assignedTeam())).cell(t.assigneeId()).cell(t.requesterId()).cell(t.siteId())
                .cell(t.categoryCode() == null ? null : names.category(t.categoryCode()))
                .cell(date(t.createdAt())).cell(date(t.updatedAt())).cell(date(t.resolvedAt()))
                .cell(date(t.closedAt())).last(t.resolutionCode() == null ? null : t.resolutionCode().name());
    }

    byte[] bytes() {
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private TicketCsv cell(Object value) {
        out.append(escape(value)).append(';');
        return this;
    }

    private void last(Object value) {
        out.append(escape(value)).append("\r\n");
    }

    private static String date(Instant i) {
        return i == null ? null : DATE.format(i);
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
