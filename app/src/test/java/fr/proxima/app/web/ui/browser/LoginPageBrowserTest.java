package fr.proxima.app.web.ui.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page in a real browser: keyboard login, the French error, accessibility, the tablet width. */
@MicronautTest
class LoginPageBrowserTest extends BrowserTest {

    @Test
    void a_wrong_password_shows_a_french_message_and_the_right_one_opens_the_user_s_screen() {
        open("/ui/connexion");
        assertThat(browser.getTitle()).isEqualTo("Connexion – Proxima");
        assertAccessible("login");
        screenshot("login");
        tablet();
        open("/ui/connexion");
        assertThat(sidewaysOverflow()).as("what sticks out of the login page at 768 px").isEmpty();
        assertThat(smallTouchTargets()).isEmpty();
        screenshot("login-768");
        desktop();
        browser.findElement(By.id("username")).sendKeys("agent.can");
        browser.findElement(By.id("password")).sendKeys("mauvais\n");
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("Identifiant ou mot de passe incorrect.");
        loginAs("resp.sud");
        assertThat(browser.getCurrentUrl()).endsWith("/ui/file");
    }
}
