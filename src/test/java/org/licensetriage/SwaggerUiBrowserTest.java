package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI used as a person would: headless Chromium opens {@code /swagger-ui.html} on the running service,
 * expands an operation, clicks "Try it out", picks or types the input, executes it and reads the answer the page
 * renders. A screenshot of each final state is kept under {@code target/screenshots/}.
 *
 * <p>Needs the system's Chromium and chromedriver ({@code apt-get install chromium chromium-driver}); Selenium
 * Manager never downloads anything. Without them the tests are skipped, unless {@code REQUIRE_BROWSER=true}
 * (CI), where they fail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class SwaggerUiBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(20);

    static final String TYPO_KEY = "VK7JG-NPHTM-C97JM-9MPGT-3V6GT";
    static final String PUBLISHED_PRO_KEY = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";

    /**
     * Selenium warns that it has no DevTools (CDP) classes for the installed Chromium's version; these tests use
     * WebDriver only, never CDP. Held here because java.util.logging keeps its loggers weakly.
     */
    private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    private static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!installed()) {
            if (Boolean.parseBoolean(System.getenv("REQUIRE_BROWSER"))) {
                fail(missing() + "; REQUIRE_BROWSER=true, so this is a failure, not a skip");
            }
            System.err.println(missing() + "; the Swagger UI browser tests are skipped");
            return; // each test is then skipped by the assumption in requireBrowser()
        }
        // Selenium Manager is skipped because the driver is given; should it ever run, it must stay offline.
        System.setProperty("SE_OFFLINE", "true");
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
        profile = Files.createTempDirectory("swagger-ui-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * The assumption is made per test, not in {@link #startBrowser()}: Surefire counts neither run nor skipped
     * tests when a class is aborted in {@code @BeforeAll}, and its message would be lost. The Spring context this
     * costs is the one {@code OpenApiDocumentTest} shares.
     */
    @BeforeEach
    void requireBrowser() {
        assumeTrue(browser != null, () -> missing() + "; skipped (set REQUIRE_BROWSER=true to make this a failure)");
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static String missing() {
        return "Swagger UI browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void validatesTheTypoExampleAndRendersTheVerdict() {
        WebElement operation = openOperation("operations-keys-validate");
        tryItOut(operation);

        // The examples are sorted by name, so "generic" is prefilled: pick "typo" from the dropdown.
        new Select(shown(operation, ".opblock-section-request-body select.examples-select-element"))
                .selectByValue("typo");
        waitUntil(driver -> shown(operation, "textarea.body-param__text").getDomProperty("value").contains(TYPO_KEY));

        WebElement response = execute(operation, "typo");
        assertThat(status(response)).isEqualTo("200");
        assertThat(responseBody(response))
                .contains("\"productKey\": \"" + PUBLISHED_PRO_KEY + "\"")
                .contains("\"valid\": false")
                .contains("\"checksum\": \"FAILED\"")
                .contains("\"reason\": \"NEAR_PUBLISHED_KEY\"")
                .contains("\"suggestionUnique\": true");
        assertThat(response.findElement(By.cssSelector(".request-url")).getText()).contains("/keys/validate");
    }

    @Test
    void looksUpAnErrorCodeTypedInSignedDecimal() {
        WebElement operation = openOperation("operations-errors-lookup");
        tryItOut(operation);

        // The field is prefilled with the documented example 0xC004F050; type the same code in signed decimal.
        replaceText(operation, "tr[data-param-name='code'] input", "-1073418160");

        WebElement response = execute(operation, "error-code");
        assertThat(status(response)).isEqualTo("200");
        assertThat(response.findElement(By.cssSelector(".request-url")).getText()).contains("/errors/-1073418160");
        assertThat(responseBody(response))
                .contains("\"code\": \"0xC004F050\"")
                .contains("SL_E_INVALID_PRODUCT_KEY");
    }

    @Test
    void uploadsAJapaneseExcelInventoryAndShowsTheCsvReport() throws IOException {
        WebElement operation = openOperation("operations-keys-audit");
        tryItOut(operation);

        // The sheet as Japanese Excel saves it (Shift_JIS, CRLF), chosen in the file picker as a person would.
        Path file = Files.createTempFile("inventory-", ".csv");
        try (var in = SwaggerUiBrowserTest.class.getResourceAsStream("/audit/excel-japanese-cp932.csv")) {
            Files.write(file, in.readAllBytes());
        }
        try {
            waitUntil(driver -> operation.findElement(By.cssSelector(".opblock-section-request-body input[type=file]")))
                    .sendKeys(file.toAbsolutePath().toString());
            // The report as CSV rather than the first listed form, the JSON summary.
            new Select(shown(operation, ".responses-wrapper select.content-type")).selectByValue("text/csv");

            WebElement response = execute(operation, "audit");
            assertThat(status(response)).isEqualTo("200");
            assertThat(responseBody(response))
                    .contains("資産番号,ホスト名,プロダクト キー,エディション,使用者,備考,maskedKey")
                    .contains("XXXXX-XXXXX-XXXXX-XXXXX-2WF9H")
                    .contains("#summary,duplicate,XXXXX-XXXXX-XXXXX-XXXXX-2WF9H,2,2 5")
                    .contains("#summary,complete,true");
            assertThat(response.findElement(By.cssSelector(".request-url")).getText()).contains("/keys/audit");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private WebElement openOperation(String id) {
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        WebElement operation = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        WebElement summary = shown(operation, ".opblock-summary-control");
        scrollTo(summary);
        summary.click();
        waitUntil(driver -> operation.getDomAttribute("class").contains("is-open"));
        return operation;
    }

    /**
     * Clicks "Try it out" and answers in English: Swagger UI prefills the Accept-Language field with the
     * parameter's documented example, {@code ja}.
     */
    private void tryItOut(WebElement operation) {
        WebElement button = shown(operation, "button.try-out__btn");
        scrollTo(button);
        button.click();
        shown(operation, "button.execute");
        replaceText(operation, "tr[data-param-name='Accept-Language'] input", "en");
    }

    /**
     * Types over a field's value as a person would (select all, delete, type), waiting for React to take each
     * step; the field is found again each time, as React may render it anew.
     */
    private static void replaceText(WebElement within, String field, String text) {
        shown(within, field).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        waitUntil(driver -> shown(within, field).getDomProperty("value").isEmpty());
        shown(within, field).sendKeys(text);
        waitUntil(driver -> shown(within, field).getDomProperty("value").equals(text));
    }

    /** Waits until an element under {@code within} is displayed and enabled (React renders after each click). */
    private static WebElement shown(WebElement within, String css) {
        return waitUntil(driver -> {
            WebElement element = within.findElement(By.cssSelector(css));
            return element.isDisplayed() && element.isEnabled() ? element : null;
        });
    }

    /** Clicks Execute and waits for the live response; keeps a screenshot of the final state whatever happens. */
    private WebElement execute(WebElement operation, String screenshot) {
        WebElement response;
        try {
            WebElement execute = shown(operation, "button.execute");
            scrollTo(execute);
            execute.click();
            waitUntil(driver -> !shown(operation, ".live-responses-table tbody .response-col_status").getText()
                    .isBlank());
            // Curl, request URL and the server response (code, body, headers) under "Server response".
            response = operation.findElement(By.xpath(".//table[contains(@class,'live-responses-table')]/.."));
            scrollTo(response);
        } catch (RuntimeException | Error e) {
            try {
                screenshot(operation, screenshot + "-failed");
            } catch (RuntimeException screenshotFailure) {
                e.addSuppressed(screenshotFailure);
            }
            throw e;
        }
        screenshot(response, screenshot);
        return response;
    }

    private static String status(WebElement response) {
        return response.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")).getText()
                .trim();
    }

    private static String responseBody(WebElement response) {
        return response.findElement(By.cssSelector(".live-responses-table tbody .response-col_description"))
                .getText();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void screenshot(WebElement element, String name) {
        Path target = SCREENSHOTS.resolve("swagger-ui-" + name + ".png");
        try {
            Files.write(target, element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the screenshot " + target, e);
        }
    }

    private static <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }
}
