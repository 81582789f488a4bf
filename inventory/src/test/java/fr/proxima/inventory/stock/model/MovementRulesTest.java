package fr.proxima.inventory.stock.model;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MovementRulesTest {

    private static Movement issue(int quantity) {
        return new Movement(MovementKind.ISSUE, 1, null, quantity, "SUD", null, 10L, null, null, 42L, null, null);
    }

    private static StockRuleViolation violation(Movement m, ArticleKind kind) {
        try {
            m.check(kind);
        } catch (StockRuleViolation v) {
            return v;
        }
        throw new AssertionError("expected a violation");
    }

    @Test
    void an_issue_of_consumables_from_a_centre_to_a_site_for_a_ticket_is_well_formed() {
        assertThat(issue(3).check(ArticleKind.CONSUMABLE).quantity()).isEqualTo(3);
    }

    @Test
    void a_quantity_below_one_is_refused() {
        assertThat(violation(issue(0), ArticleKind.CONSUMABLE).faults()).extracting(StockRuleViolation.Fault::field)
                .containsExactly("quantity");
    }

    @Test
    void an_issue_needs_its_site_and_its_centre() {
        Movement m = new Movement(MovementKind.ISSUE, 1, null, 1, null, null, null, null, null, null, null, null);
        assertThat(violation(m, ArticleKind.CONSUMABLE).faults()).extracting(StockRuleViolation.Fault::field)
                .containsExactlyInAnyOrder("fromCentre", "siteId");
    }

    @Test
    void a_serialized_article_moves_one_named_unit_at_a_time() {
        Movement noCi = new Movement(MovementKind.ISSUE, 1, null, 2, "SUD", null, 10L, null, null, null, null, null);
        assertThat(violation(noCi, ArticleKind.SERIALIZED).faults()).extracting(StockRuleViolation.Fault::field)
                .containsExactlyInAnyOrder("ciId", "quantity");
        Movement consumableWithCi = new Movement(MovementKind.ISSUE, 1, 5L, 1, "SUD", null, 10L, null, null, null,
                null, null);
        assertThat(violation(consumableWithCi, ArticleKind.CONSUMABLE).faults())
                .extracting(StockRuleViolation.Fault::reason).containsExactly("forbidden");
    }

    @Test
    void a_transfer_goes_from_one_centre_to_another_one() {
        Movement same = new Movement(MovementKind.TRANSFER, 1, null, 1, "SUD", "SUD", null, null, null, null, null, null);
        assertThat(violation(same, ArticleKind.CONSUMABLE).faults()).extracting(StockRuleViolation.Fault::reason)
                .containsExactly("same-centre");
    }

    @Test
    void a_receipt_names_its_supplier_and_has_no_ticket() {
        Movement m = new Movement(MovementKind.RECEIPT, 1, null, 5, null, "SUD", null, null, null, 7L, null, null);
        assertThat(violation(m, ArticleKind.CONSUMABLE).faults()).extracting(StockRuleViolation.Fault::field)
                .containsExactlyInAnyOrder("supplier", "ticketId");
    }

    @Test
    void a_return_and_a_scrap_say_why() {
        Movement scrap = new Movement(MovementKind.SCRAP, 1, null, 1, "SUD", null, null, null, null, null, null, " ");
        assertThat(violation(scrap, ArticleKind.CONSUMABLE).faults()).extracting(StockRuleViolation.Fault::field)
                .containsExactly("reason");
        Movement ret = new Movement(MovementKind.RETURN, 1, null, 1, null, "SUD", 10L, null, null, 3L, null, "inutilisé");
        assertThat(ret.check(ArticleKind.CONSUMABLE)).isEqualTo(ret);
    }

    @Test
    void a_technician_moves_the_stock_of_its_own_centre_only() {
        AccessScope techSud = new AccessScope("tech.sud", 4L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
        assertThat(StockPermissions.mayMove(techSud, issue(1))).isTrue();
        Movement fromNord = new Movement(MovementKind.ISSUE, 1, null, 1, "OUEST_NORD", null, 10L, null, null, null,
                null, null);
        assertThat(StockPermissions.mayMove(techSud, fromNord)).isFalse();
        Movement intoSud = new Movement(MovementKind.TRANSFER, 1, null, 1, "OUEST_NORD", "SUD", null, null, null,
                null, null, null);
        assertThat(StockPermissions.mayMove(techSud, intoSud)).as("the giving centre records a transfer").isFalse();
        Movement receipt = new Movement(MovementKind.RECEIPT, 1, null, 1, null, "SUD", null, "Bureau Vallée", null,
                null, null, null);
        assertThat(StockPermissions.mayMove(techSud, receipt)).isTrue();
    }

    @Test
    void commune_viewers_see_no_stock_and_can_agents_only_read_it() {
        AccessScope viewer = new AccessScope("viewer.talence", 5L, Role.COMMUNE_VIEWER, null, CommuneCode.of("33522"));
        AccessScope can = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);
        assertThat(StockPermissions.mayRead(viewer)).isFalse();
        assertThat(StockPermissions.mayRead(can)).isTrue();
        assertThat(StockPermissions.mayMove(can, issue(1))).isFalse();
    }

    @Test
    void only_the_centre_manager_of_the_centre_and_the_admin_set_its_thresholds() {
        AccessScope managerSud = new AccessScope("resp.sud", 3L, Role.CENTRE_MANAGER, TeamCode.of("SUD"), null);
        AccessScope techSud = new AccessScope("tech.sud", 4L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
        assertThat(StockPermissions.maySetThreshold(managerSud, "SUD")).isTrue();
        assertThat(StockPermissions.maySetThreshold(managerSud, "OUEST_NORD")).isFalse();
        assertThat(StockPermissions.maySetThreshold(techSud, "SUD")).isFalse();
        assertThat(StockPermissions.maySetThreshold(AccessScope.system(), "SUD")).isTrue();
    }

    @Test
    void a_violation_without_fault_cannot_be_built() {
        assertThatThrownBy(() -> new StockRuleViolation(java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
