package fr.proxima.app.web.ui.browser;

import fr.proxima.app.web.ui.UiTest;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the shared headless Chromium ({@link Chromium}) on this class's server, logins through
 * the login form, axe-core run in the page (no serious or critical violation of WCAG 2.1 A/AA), touch-target sizes,
 * and screenshots under {@code target/screenshots/} for review.
 */
public abstract class BrowserTest extends UiTest {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String axeSource;

    protected ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        desktop();
    }

    protected String url(String path) {
        return server.getURL() + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    protected WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Logs in through the login form (after logging out whoever was in) and waits for the user's first page. */
    protected void loginAs(String username) {
        open("/ui/connexion");
        browser.manage().deleteAllCookies();
        open("/ui/connexion");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/ui/connexion'] button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/ui/connexion"));
    }

    protected void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    protected void tablet() {
        browser.manage().window().setSize(new Dimension(768, 1024));
    }

    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page; fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    protected void assertAccessible(String page) {
        browser.executeScript(axe());
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<Map<String, Object>> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertThat(serious).as("serious or critical axe-core violations on " + page).isEmpty();
    }

    /** Buttons, fields and menu links smaller than 44 × 44 CSS pixels (checkboxes and radios: their label). */
    @SuppressWarnings("unchecked")
    protected List<String> smallTouchTargets() {
        return (List<String>) browser.executeScript("""
                const small = [];
                document.querySelectorAll('button, input, select, textarea, nav a, .button, .results a').forEach(e => {
                  if (e.type === 'hidden' || e.offsetParent === null) return;
                  const target = (e.type === 'radio' || e.type === 'checkbox') ? e.closest('label') || e : e;
                  const r = target.getBoundingClientRect();
                  if (r.height < 43.5 || r.width < 43.5) {
                    small.push((e.id || e.name || e.textContent.trim().slice(0, 30)) + ' ' + Math.round(r.width)
                        + 'x' + Math.round(r.height));
                  }
                });
                return small;
                """);
    }

    /** What sticks out of the window on the right, when the page scrolls sideways (the layout must hold at 768 px). */
    @SuppressWarnings("unchecked")
    protected List<String> sidewaysOverflow() {
        return (List<String>) browser.executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width + 1) return [];
                const out = [];
                document.querySelectorAll('body *').forEach(e => {
                  const r = e.getBoundingClientRect();
                  if (r.right > width + 1 && e.offsetParent !== null && out.length < 8) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                        + ' right=' + Math.round(r.right));
                  }
                });
                return out.length ? out : ['(page wider than the window)'];
                """);
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
                assertThat(in).as("axe-core on the test classpath (" + AXE + ")").isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
