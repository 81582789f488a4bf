package fr.proxima.app.web.ui.browser;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration database in a real headless Chromium: agent.can picks a Talence caller, sees the caller's
 * equipment on the caller screen (focus still in the ticket title), ticks the workstation and logs the call with the
 * keyboard; the new ticket lists it. tech.sud searches the park by serial number, opens the item's page and changes
 * its notes. axe-core on the caller screen with equipment, the search page, the item's page and the quality report;
 * screenshots.
 */
@MicronautTest
class ParcBrowserTest extends BrowserTest {
    private static final String TALENCE = "33522";

    @Test
    void the_caller_s_equipment_is_linked_to_the_ticket_and_the_park_is_searched_and_edited() {
        Map<String, Object> caller = items("agent.can", "/api/people?commune=" + TALENCE + "&size=1").get(0);
        String tag = "PC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String serial = "SN" + tag.replace("-", "");
        Map<String, Object> body = new HashMap<>(Map.of("type", "LAPTOP", "assetTag", tag, "serialNumber", serial,
                "manufacturer", "Lenovo", "model", "ThinkPad T14", "status", "IN_SERVICE", "commune", TALENCE,
                "person", caller.get("id"), "warrantyEnd", "2031-01-31"));
        body.put("attributes", Map.of("hostname", tag.toLowerCase(), "os", "Windows 11"));
        long ci = ((Number) parse(exchange("admin", HttpRequest.POST("/api/cis", body)).body()).get("id")).longValue();

        // --- agent.can: the caller screen offers the caller's equipment; the focus stays in the title
        loginAs("agent.can");
        open("/ui/console?appelant=" + caller.get("id"));
        WebElement title = browser.switchTo().activeElement();
        assertThat(title.getAttribute("id")).as("the title field has the focus").isEqualTo("title");
        WebElement box = browser.findElement(By.name("ci-" + ci));
        assertThat(browser.findElement(By.id("caller-equipment")).getText()).contains(tag).contains("ThinkPad T14");
        assertAccessible("caller screen with equipment");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        screenshot("console-caller-equipment");
        box.click();
        title = browser.findElement(By.id("title"));
        title.sendKeys("Portable qui ne démarre plus" + Keys.ENTER);
        waiting().until(ExpectedConditions.urlMatches(".*/ui/tickets/\\d+.*"));
        WebElement linked = waitFor(By.id("ticket-cis"));
        assertThat(linked.getText()).contains(tag);
        screenshot("ticket-equipment");

        // --- tech.sud: the park search by serial number, the item's page, an edit
        loginAs("tech.sud");
        open("/ui/parc");
        assertAccessible("park search");
        browser.findElement(By.id("f-serie")).sendKeys(serial.toLowerCase() + Keys.ENTER);
        WebElement row = waitFor(By.cssSelector("tr[data-ci='" + tag + "']"));
        assertThat(row.getText()).contains("Ordinateur portable").contains("Lenovo ThinkPad T14").contains("En service")
                .contains("Talence").contains(caller.get("displayName").toString());
        assertAccessible("park search results");
        screenshot("parc");
        row.findElement(By.tagName("a")).click();
        waitFor(By.id("ci-edit"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(tag);
        assertThat(browser.findElement(By.id("ci-tickets")).getText()).contains("INC-");
        assertAccessible("CI page");
        screenshot("materiel");
        WebElement notes = browser.findElement(By.id("edit-notes"));
        notes.clear();
        notes.sendKeys("Clavier changé");
        browser.findElement(By.id("ci-save")).click();
        waiting().until(ExpectedConditions.urlContains("fait=modification"));
        assertThat(browser.findElement(By.id("ci-notes")).getText()).isEqualTo("Clavier changé");
        tablet();
        browser.navigate().refresh();
        assertThat(sidewaysOverflow()).as("what sticks out of the CI page at 768 px").isEmpty();
        assertThat(smallTouchTargets()).as("touch targets of the CI page at 768 px").isEmpty();
        screenshot("materiel-768");
        desktop();
        open("/ui/parc/qualite?commune=" + TALENCE);
        assertThat(browser.findElement(By.id("quality-export")).getAttribute("href"))
                .endsWith("/ui/parc/qualite/export?commune=" + TALENCE);
        assertAccessible("quality report");
        screenshot("parc-qualite");
    }
}
