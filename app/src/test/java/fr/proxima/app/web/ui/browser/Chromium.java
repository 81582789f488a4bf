package fr.proxima.app.web.ui.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The headless Chromium of the browser tests: Debian's {@code chromium} and {@code chromium-driver}, installed by
 * this class when they are missing (as root, or with password-less sudo: {@code apt-get install}, after an
 * {@code apt-get update} if the first try fails), started once per test JVM with a fresh profile, and never
 * downloading anything itself (explicit driver and binary paths, Selenium Manager offline). When the packages
 * cannot be installed, the browser tests are skipped with a loud message saying why and what to install.
 */
public final class Chromium {
    public static final String DRIVER = "/usr/bin/chromedriver";
    public static final String BINARY = "/usr/lib/chromium/chromium";
    private static final List<String> PACKAGES = List.of("chromium", "chromium-driver");

    private static ChromeDriver driver;
    private static String unavailable;

    private Chromium() {
    }

    /** The shared browser, started on first use; skips the calling test when there cannot be one. */
    public static synchronized ChromeDriver driver() {
        if (driver == null && unavailable == null) {
            try {
                driver = start();
                Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quit, "chromium-quit"));
            } catch (RuntimeException e) {
                unavailable = "the browser did not start: " + e.getMessage();
            }
        }
        if (unavailable != null) {
            loud(unavailable);
            Assumptions.abort("Browser tests skipped: " + unavailable);
        }
        return driver;
    }

    private static ChromeDriver start() {
        if (!installed()) {
            install();
        }
        if (!installed()) {
            unavailable = "Debian's chromium and chromium-driver are not installed (" + DRIVER + ", " + BINARY
                    + ") and could not be installed here; install them with: apt-get install -y chromium chromium-driver";
            throw new IllegalStateException(unavailable);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        System.setProperty("SE_OFFLINE", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("proxima-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=fr-FR", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return d;
    }

    private static boolean installed() {
        return new File(DRIVER).canExecute() && new File(BINARY).canExecute();
    }

    /** apt-get install (as root, else through sudo -n); an apt-get update first when the plain install fails. */
    private static void install() {
        List<String> prefix;
        if (isRoot()) {
            prefix = List.of();
        } else if (run(List.of("sudo", "-n", "true"), 30) == 0) {
            prefix = List.of("sudo", "-n");
        } else {
            unavailable = "chromium is missing and this user can neither install packages (not root) nor use sudo "
                    + "without a password; install them with: apt-get install -y chromium chromium-driver";
            return;
        }
        loud("installing Debian's chromium and chromium-driver for the browser tests (once per machine)...");
        List<String> install = concat(prefix, List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
        install = concat(install, PACKAGES);
        if (run(install, 900) != 0) {
            run(concat(prefix, List.of("apt-get", "update", "-q")), 600);
            run(install, 900);
        }
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && out.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int run(List<String> command, int timeoutSeconds) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void loud(String message) {
        System.err.println("\n==================== BROWSER TESTS ====================\n" + message
                + "\n=======================================================\n");
    }

    private static synchronized void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the JVM is ending anyway
            }
            driver = null;
        }
    }
}
