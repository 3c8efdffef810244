package org.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for the console's tests: Debian's {@code chromium} and {@code chromedriver} (nothing is
 * downloaded), headless, with a fresh profile, so each browser is a new visitor. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser talking to the server of this client (its host and port). */
    public static Browser open(ApiClient api) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, api.base());
    }

    /** Opens a path of the server, e.g. {@code /login}. */
    public Browser go(String path) {
        driver.get(base + path);
        waitForDocument();
        return this;
    }

    /** Until the page shown is a loaded document of the server (not the blank start page, not mid-load). */
    private void waitForDocument() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return document.readyState === 'complete' && location.href.indexOf(arguments[0]) === 0;", base)));
    }

    /** The path of the page shown now. */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public boolean has(String css) {
        waitForDocument();
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks and waits until the next page has loaded. The old page is marked with a script variable, and the
     * wait ends when a document without the mark is complete: no element reference is held across the
     * navigation, because Chromium answers a question about a node of a page being torn down with an
     * "inspector error" rather than a stale-element one.
     */
    public Browser clickAndWait(String css) {
        WebElement element = find(css);
        JavascriptExecutor script = (JavascriptExecutor) driver;
        // Headless Chromium may drop a click on a button just below the fold without an error.
        script.executeScript("arguments[0].scrollIntoView({block: 'center'}); window.gatehouseLeaving = true;", element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.gatehouseLeaving === undefined && document.readyState === 'complete';")));
        return this;
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}, at this width. */
    public Browser screenshot(String name, int width) {
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, size.getHeight()));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
        return this;
    }

    /** Signs in on the sign-in page (multi-user mode) and waits for the console. */
    public Browser signIn(String username, String password) {
        go("/login").type("#signIn\\:username", username).type("input#signIn\\:password", password)
                .clickAndWait("#signIn\\:submit");
        if (!path().startsWith("/admin/")) {
            throw new AssertionError(username + " could not sign in: " + driver.findElement(By.tagName("body")).getText());
        }
        return this;
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Runs axe-core on the page shown now with the WCAG 2.0/2.1/2.2 A and AA rules and fails on any serious
     * or critical violation, naming the rule and the elements. axe-core comes from {@code node_modules}
     * ({@code npm ci}, as {@code .ci/run} does).
     */
    public Browser assertAccessible() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(Axe.SOURCE);
        Object result = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        if (result instanceof List<?> violations && !violations.isEmpty()) {
            throw new AssertionError("accessibility violations on " + path() + ":\n" + String.join("\n",
                    violations.stream().map(String::valueOf).toList()));
        }
        return this;
    }

    /** axe-core's script, read once per test JVM. */
    private static final class Axe {
        static final String SOURCE = load();

        private static String load() {
            Path file = Path.of(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js"));
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + file.toAbsolutePath()
                        + ": run `npm ci` in the project (as .ci/run does)", e);
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
