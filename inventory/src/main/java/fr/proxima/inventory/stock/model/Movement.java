package fr.proxima.inventory.stock.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stock movement as requested: what it moves (an article, and for a serialized article the one CI moved), how
 * many, from which centre to which centre or site, and why. {@link #check(ArticleKind)} says whether it is
 * well-formed for the article's kind; whether the stock is there is the ledger's business (it is checked by the
 * conditional update that takes it).
 *
 * @param supplier    the supplier of a receipt
 * @param purchaseRef the purchase order or delivery note of a receipt
 * @param siteId      the site an issue goes to (required) or a return comes from (optional)
 * @param ticketId    the ticket an issue or a return serves (optional)
 */
public record Movement(MovementKind kind, long articleId, Long ciId, int quantity, String fromCentre,
                       String toCentre, Long siteId, String supplier, String purchaseRef, Long ticketId,
                       Long interventionId, String reason) {

    public static final int MAX_QUANTITY = 100_000;

    public Movement {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The faults of this movement for an article of {@code articleKind}; throws a {@link StockRuleViolation} listing
     * them all, or returns this movement when it is well-formed.
     */
    public Movement check(ArticleKind articleKind) {
        List<StockRuleViolation.Fault> faults = new ArrayList<>();
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            faults.add(new StockRuleViolation.Fault("quantity", "invalid",
                    "La quantité doit être comprise entre 1 et " + MAX_QUANTITY));
        }
        if (articleKind == ArticleKind.SERIALIZED) {
            if (ciId == null) {
                faults.add(new StockRuleViolation.Fault("ciId", "required",
                        "Un article sérialisé se déplace unité par unité : indiquez l'équipement (ciId)"));
            }
            if (quantity != 1) {
                faults.add(new StockRuleViolation.Fault("quantity", "invalid",
                        "Un article sérialisé se déplace unité par unité (quantité 1)"));
            }
        } else if (ciId != null) {
            faults.add(new StockRuleViolation.Fault("ciId", "forbidden",
                    "Un consommable se compte : pas d'équipement (ciId) à indiquer"));
        }
        require(faults, kind.takesFromCentre(), fromCentre, "fromCentre", "le centre d'où part le stock");
        require(faults, kind.putsIntoCentre(), toCentre, "toCentre", "le centre où entre le stock");
        if (kind == MovementKind.TRANSFER && fromCentre != null && fromCentre.equals(toCentre)) {
            faults.add(new StockRuleViolation.Fault("toCentre", "same-centre",
                    "Un transfert va d'un centre à un autre"));
        }
        if (kind == MovementKind.ISSUE && siteId == null) {
            faults.add(new StockRuleViolation.Fault("siteId", "required", "Une sortie va vers un site"));
        }
        if (kind != MovementKind.ISSUE && kind != MovementKind.RETURN && siteId != null) {
            faults.add(new StockRuleViolation.Fault("siteId", "forbidden",
                    "Seules les sorties et les retours concernent un site"));
        }
        if (kind == MovementKind.RECEIPT && blank(supplier)) {
            faults.add(new StockRuleViolation.Fault("supplier", "required", "Une réception vient d'un fournisseur"));
        }
        if (kind != MovementKind.RECEIPT && (!blank(supplier) || !blank(purchaseRef))) {
            faults.add(new StockRuleViolation.Fault("supplier", "forbidden",
                    "Seule une réception a un fournisseur et une référence d'achat"));
        }
        if ((kind == MovementKind.SCRAP || kind == MovementKind.RETURN) && blank(reason)) {
            faults.add(new StockRuleViolation.Fault("reason", "required",
                    "Un retour ou une mise au rebut dit pourquoi"));
        }
        if ((kind == MovementKind.RECEIPT || kind == MovementKind.TRANSFER || kind == MovementKind.SCRAP)
                && (ticketId != null || interventionId != null)) {
            faults.add(new StockRuleViolation.Fault("ticketId", "forbidden",
                    "Seules les sorties et les retours se rattachent à un ticket ou une intervention"));
        }
        if (!faults.isEmpty()) {
            throw new StockRuleViolation(faults);
        }
        return this;
    }

    private void require(List<StockRuleViolation.Fault> faults, boolean needed, String centre, String field,
                         String what) {
        if (needed && blank(centre)) {
            faults.add(new StockRuleViolation.Fault(field, "required", "Indiquez " + what));
        } else if (!needed && !blank(centre)) {
            faults.add(new StockRuleViolation.Fault(field, "forbidden",
                    "Ce mouvement n'a pas de " + (field.equals("fromCentre") ? "centre de départ" : "centre d'arrivée")));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
