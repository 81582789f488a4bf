package fr.proxima.app.web.ui;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * French wording and formats for the pages (the API speaks in codes and UTC instants): {@code ${fmt.status(t.status)}},
 * {@code ${fmt.dateTime(t.createdAt)}}. Available in every template as {@code fmt}.
 */
@Singleton
public class Fmt {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
            .withZone(PARIS);

    public static final Map<String, String> STATUS = ordered(
            "NEW", "Nouveau", "ASSIGNED", "Affecté", "IN_PROGRESS", "En cours", "PENDING", "En attente",
            "RESOLVED", "Résolu", "CLOSED", "Clos", "CANCELLED", "Annulé");
    public static final Map<String, String> PRIORITY = ordered(
            "P1", "P1 – critique", "P2", "P2 – haute", "P3", "P3 – moyenne", "P4", "P4 – basse");
    public static final Map<String, String> LEVEL = ordered("LOW", "Faible", "MEDIUM", "Moyen", "HIGH", "Élevé");
    /** Urgency is feminine in French: « urgence moyenne ». */
    public static final Map<String, String> URGENCY = ordered("LOW", "Faible", "MEDIUM", "Moyenne", "HIGH", "Élevée");
    public static final Map<String, String> PENDING_REASON = ordered(
            "USER", "Attente de l'utilisateur", "SUPPLIER", "Attente du fournisseur",
            "PART_DELIVERY", "Attente d'une pièce");
    public static final Map<String, String> RESOLUTION = ordered(
            "FIXED", "Cause corrigée", "WORKAROUND", "Contournement", "FULFILLED", "Demande réalisée",
            "ADVICE_GIVEN", "Conseil donné", "NOT_REPRODUCIBLE", "Non reproductible", "DUPLICATE", "Doublon",
            "OUT_OF_SCOPE", "Hors périmètre");
    public static final Map<String, String> OUTCOME = ordered(
            "INCIDENT_CREATED", "Incident créé", "REQUEST_CREATED", "Demande créée",
            "ADVICE_GIVEN", "Conseil donné", "RESOLVED_AT_FIRST_CONTACT", "Résolu au premier contact",
            "FOLLOW_UP", "Suivi d'un ticket existant", "TRANSFERRED", "Transféré à une équipe");
    public static final Map<String, String> CHANNEL = ordered(
            "PHONE", "Téléphone", "EMAIL", "Courriel", "PORTAL", "Portail", "WALK_IN", "Accueil physique");
    public static final Map<String, String> ROLE = ordered(
            "CAN_AGENT", "Agent de la CAN", "TECHNICIAN", "Technicien", "CENTRE_MANAGER", "Responsable de centre",
            "COMMUNE_VIEWER", "Lecture (commune)", "ADMIN", "Administrateur");
    public static final Map<String, String> SLA_STATE = ordered(
            "ON_TRACK", "Dans les délais", "AT_RISK", "À risque", "BREACHED", "Dépassé", "MET", "Respecté");
    public static final Map<String, String> SLA_TARGET = ordered(
            "TAKE_CHARGE", "Prise en charge", "RESOLUTION", "Résolution");
    public static final Map<String, String> SLA_PHASE = ordered(
            "RUNNING", "Horloge en marche", "PAUSED", "Horloge en pause", "STOPPED", "Horloge arrêtée");
    private static final Map<String, String> TYPE = ordered("INCIDENT", "Incident", "REQUEST", "Demande");
    /** Configuration items (inventory): status, quality checks, catalogue status, fields of the history. */
    public static final Map<String, String> CI_STATUS = ordered(
            "IN_SERVICE", "En service", "IN_STOCK", "En stock", "UNDER_REPAIR", "En réparation", "LENT", "Prêté",
            "RETIRED", "Réformé");
    public static final Map<String, String> QUALITY_CHECK = ordered(
            "DUPLICATE_SERIAL", "Numéro de série en double",
            "IN_SERVICE_WITHOUT_LOCATION", "En service sans site ni agent",
            "IN_SERVICE_WITHOUT_PERSON", "Équipement individuel en service sans agent",
            "NOT_REPORTED", "Non remonté par un agent depuis 90 jours",
            "WARRANTY_EXPIRED", "Garantie expirée",
            "PERSON_WITHOUT_EQUIPMENT", "Agent sans équipement",
            "SOFTWARE_NOT_IN_CATALOGUE", "Logiciel installé absent du catalogue");
    private static final Map<String, String> SOFTWARE_STATUS = ordered(
            "APPROVED", "Autorisé", "TOLERATED", "Toléré", "TO_RETIRE", "À retirer", "FORBIDDEN", "Interdit");
    private static final Map<String, String> CI_FIELD = ordered(
            "created", "Création", "status", "Statut", "type", "Type", "assetTag", "N° d'inventaire",
            "serialNumber", "N° de série", "manufacturer", "Fabricant", "model", "Modèle", "commune", "Entité",
            "site", "Site", "person", "Agent", "acquisitionDate", "Date d'acquisition",
            "warrantyEnd", "Fin de garantie", "supplier", "Fournisseur", "purchaseReference", "Référence d'achat",
            "notes", "Notes", "relation", "Relation", "software", "Logiciel", "ticket", "Ticket");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final Map<String, String> FIELD = ordered(
            "status", "Statut", "priority", "Priorité", "assignedTeam", "Équipe", "assignee", "Intervenant",
            "title", "Titre", "description", "Description", "category", "Catégorie", "impact", "Impact",
            "urgency", "Urgence", "pendingReason", "Motif d'attente", "resolutionCode", "Code de résolution",
            "resolutionText", "Résolution", "site", "Site", "requester", "Demandeur", "created", "Création",
            "cancelReason", "Motif d'annulation", "reopenReason", "Motif de réouverture");

    public String status(Object code) {
        return label(STATUS, code);
    }

    public String priority(Object code) {
        return label(PRIORITY, code);
    }

    public String level(Object code) {
        return label(LEVEL, code);
    }

    public String urgency(Object code) {
        return label(URGENCY, code);
    }

    public String type(Object code) {
        return label(TYPE, code);
    }

    public String pendingReason(Object code) {
        return label(PENDING_REASON, code);
    }

    public String resolution(Object code) {
        return label(RESOLUTION, code);
    }

    public String outcome(Object code) {
        return label(OUTCOME, code);
    }

    public String channel(Object code) {
        return label(CHANNEL, code);
    }

    public String role(Object code) {
        return label(ROLE, code);
    }

    public String slaState(Object code) {
        return label(SLA_STATE, code);
    }

    public String slaTarget(Object code) {
        return label(SLA_TARGET, code);
    }

    public String slaPhase(Object code) {
        return label(SLA_PHASE, code);
    }

    /** Business minutes in words: {@code 2 h 05}, {@code 3 j 4 h} (days of 24 business hours are not meant: see {@link #minutes}). */
    public String minutes(Object minutes) {
        if (minutes == null) {
            return "—";
        }
        long m = minutes instanceof Number n ? n.longValue() : Long.parseLong(minutes.toString());
        String sign = m < 0 ? "−" : "";
        m = Math.abs(m);
        long h = m / 60;
        long min = m % 60;
        return h == 0 ? sign + min + " min" : sign + h + " h " + String.format("%02d", min);
    }

    public String ciStatus(Object code) {
        return label(CI_STATUS, code);
    }

    public String qualityCheck(Object code) {
        return label(QUALITY_CHECK, code);
    }

    public String softwareStatus(Object code) {
        return label(SOFTWARE_STATUS, code);
    }

    /** A field of a CI's history: {@code attributes.ramMb} is the attribute's key after « Attribut ». */
    public String ciField(Object code) {
        String f = String.valueOf(code);
        return f.startsWith("attributes.") ? "Attribut " + f.substring("attributes.".length()) : label(CI_FIELD, f);
    }

    /** A value of a CI's history: status codes in words, the rest as stored. */
    public String ciHistoryValue(Object field, Object value) {
        if (value == null) {
            return "—";
        }
        return "status".equals(String.valueOf(field)) ? ciStatus(value) : String.valueOf(value);
    }

    /** An ISO date of the API ({@code 2026-03-15}) as {@code 15/03/2026}; anything else as it is. */
    public String date(Object isoDate) {
        LocalDate d = localDate(isoDate);
        return d == null ? (isoDate == null ? "" : isoDate.toString()) : DATE.format(d);
    }

    /** Whether an ISO date is before today in Paris (a warranty end that has passed). */
    public boolean past(Object isoDate) {
        LocalDate d = localDate(isoDate);
        return d != null && d.isBefore(LocalDate.now(PARIS));
    }

    private static LocalDate localDate(Object isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String field(Object code) {
        return label(FIELD, code);
    }

    /** A history value: status and priority codes in words, the rest as stored. */
    public String historyValue(Object field, Object value) {
        if (value == null) {
            return "—";
        }
        String f = String.valueOf(field);
        return switch (f) {
            case "status" -> status(value);
            case "priority" -> priority(value);
            case "impact" -> level(value);
            case "urgency" -> urgency(value);
            case "pendingReason" -> pendingReason(value);
            case "resolutionCode" -> resolution(value);
            default -> String.valueOf(value);
        };
    }

    /** An ISO instant of the API in Paris time, {@code 24/11/2026 10:15}. */
    public String dateTime(Object isoInstant) {
        Instant i = instant(isoInstant);
        return i == null ? "" : DATE_TIME.format(i);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Object isoInstant) {
        Instant i = instant(isoInstant);
        return i == null ? "" : i.toString();
    }

    /** A duration in words: {@code 2 h 05}, {@code 3 j 4 h}, {@code 12 min}; negative durations with a minus. */
    public static String durationText(Duration d) {
        String sign = d.isNegative() ? "−" : "";
        d = d.abs();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return sign + days + " j " + hours + " h";
        }
        if (hours > 0) {
            return sign + hours + " h " + String.format("%02d", minutes);
        }
        return sign + minutes + " min";
    }

    /** Wall-clock time from now until the instant ({@code −} once passed): the countdown's first value. */
    public String until(Object isoInstant) {
        Instant i = instant(isoInstant);
        return i == null ? "" : durationText(Duration.between(Instant.now(), i));
    }

    /** An amount in euros, French style: {@code 1 234,50 €}; blank for none. */
    public String euros(Object amount) {
        if (amount == null) {
            return "";
        }
        try {
            java.math.BigDecimal v = amount instanceof Number n ? new java.math.BigDecimal(n.toString())
                    : new java.math.BigDecimal(amount.toString().strip());
            java.text.NumberFormat f = java.text.NumberFormat.getCurrencyInstance(Locale.FRANCE);
            return f.format(v);
        } catch (NumberFormatException e) {
            return amount.toString();
        }
    }

    /** A month {@code 2026-10} as {@code octobre 2026}; the text itself when it is not one. */
    public String month(Object yearMonth) {
        if (yearMonth == null) {
            return "";
        }
        try {
            return java.time.YearMonth.parse(yearMonth.toString())
                    .format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRANCE));
        } catch (DateTimeParseException e) {
            return yearMonth.toString();
        }
    }

    public String size(Object bytes) {
        long b = bytes instanceof Number n ? n.longValue() : 0;
        if (b < 1024) {
            return b + " o";
        }
        if (b < 1024 * 1024) {
            return (b / 1024) + " Ko";
        }
        return String.format(Locale.FRANCE, "%.1f Mo", b / (1024.0 * 1024.0));
    }

    public static Instant instant(Object isoInstant) {
        if (isoInstant == null) {
            return null;
        }
        if (isoInstant instanceof Instant i) {
            return i;
        }
        try {
            return Instant.parse(isoInstant.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String label(Map<String, String> labels, Object code) {
        return code == null ? "" : labels.getOrDefault(code.toString(), code.toString());
    }

    /** An unmodifiable map keeping the order of its pairs: {@code ordered("CODE", "Libellé", …)}. */
    public static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
