package io.claimtrail.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.claimtrail.stack.ClaimtrailStack;
import io.claimtrail.stack.Tokens;
import io.claimtrail.tokens.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story page in a real browser: the demo story imported into the three packaged services, read through
 * /timelines/{slug}/view in headless Chromium as a reader would, by link, by keyboard, and with a service down.
 * Each step leaves a screenshot in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryPageBrowserTest {

    private static final String SLUG = "nk-troops-ukraine-2024";
    private static final String DEPLOYMENT = "North Korea is planning to send engineering troops";
    private static final String PENTAGON = "There is currently no evidence of North Korean troops";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Path target;
    private static ClaimtrailStack stack;
    private static Browser browser;
    private static ChromeDriver driver;
    private static String viewerToken;
    private static String page;
    private static java.time.Instant importedAt;

    @BeforeAll
    static void startEverything() throws Exception {
        Path root = Path.of(System.getProperty("claimtrail.root", "../..")).toAbsolutePath().normalize();
        target = root.resolve("deploy/browser-tests/target");
        Tokens tokens = new Tokens(target.resolve("browser-jwt"));
        stack = ClaimtrailStack.start(root, target.resolve("browser-logs"), tokens.publicKey());
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(stack.timelines().url() + "/timelines/import"))
                .header("Authorization", tokens.bearer(Role.ADMIN, "importer@newsroom.example"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofFile(root.resolve("deploy/demo/nk-troops-2024-07-02.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        importedAt = java.time.Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        viewerToken = tokens.bearer(Role.VIEWER, "reader@newsroom.example").substring("Bearer ".length());
        page = stack.timelines().url() + "/timelines/" + SLUG + "/view";
        browser = Browser.start(target.resolve("screenshots"));
        driver = browser.driver();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                Files.write(target.resolve("browser-console.log"), browser.console());
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    /** No step may leave an error in the browser console (failed requests, script errors, CSP refusals). */
    @AfterEach
    void consoleHasNoErrors() {
        assertEquals(List.of(), browser.consoleErrors(), "errors in the browser console");
    }

    @Test
    @Order(1)
    void withoutATokenTheShellLoadsAndShowsNoData() throws Exception {
        driver.get(page);
        await(d -> d.findElement(By.id("signin")).getAttribute("open") != null);
        assertTrue(text("entries").contains("The story appears here once you use a token."));
        assertTrue(driver.findElements(By.cssSelector("#entry-list li")).isEmpty());
        assertFalse(driver.getPageSource().contains("TV Chosun"), "no data without a token");
        HttpResponse<String> fragment = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page
                + "/entries")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, fragment.statusCode(), "fragments need a token like the API");
        browser.screenshot("01-shell-without-token");
        assertNoSeriousAccessibilityViolations("01-shell-without-token");
    }

    @Test
    @Order(2)
    void theLinkWithATokenShowsTheStoryAsOfTheDayBeforeTheBriefing() throws Exception {
        driver.get(page + "?asOf=2024-06-30#token=" + viewerToken);
        awaitDay("2024-06-30");
        assertFalse(driver.getCurrentUrl().contains("token"), "the token leaves the address bar: " + driver.getCurrentUrl());
        assertEquals(viewerToken, ((JavascriptExecutor) driver).executeScript(
                "return sessionStorage.getItem('claimtrail.token')"));
        await(d -> !d.findElements(By.cssSelector("#strip canvas")).isEmpty());
        // As of 30 June the TV Chosun report may still date from 1 July, and the Pentagon had not spoken.
        assertEquals(List.of("Putin arrives in North Korea for a state visit",
                "Putin and Kim Jong-un sign a pact on immediate military assistance"),
                entries().stream().map(e -> e.findElement(By.cssSelector("h3, .text")).getText()).toList());
        assertTrue(entries().stream().allMatch(e -> e.getAttribute("class").contains("event")));
        assertFalse(text("entries").contains("TV Chosun"));
        assertFalse(text("entries").contains(PENTAGON));
        assertEquals("2024-06-30", driver.findElement(By.id("day-date")).getAttribute("value"));
        assertEquals("North Korean troops for Russia's war in Ukraine?", text("story-title"));
        assertEquals("On 30 June 2024: 0 unverified, 0 disputed.", text("strip-legend"));
        browser.screenshot("02-as-of-2024-06-30");
    }

    @Test
    @Order(3)
    void keyboardAloneMovesTheDayToTheArticleAndMarksWhatChanged() throws Exception {
        WebElement slider = tabTo(e -> "day-range".equals(e.getAttribute("id")));
        slider.sendKeys(Keys.ARROW_RIGHT);
        slider.sendKeys(Keys.ARROW_RIGHT);
        awaitDay("2024-07-02");
        assertEquals("2024-07-02", driver.findElement(By.id("day-date")).getAttribute("value"));
        assertEquals("2 July 2024", slider.getAttribute("aria-valuetext"));

        WebElement report = entry(DEPLOYMENT);
        assertEquals("Disputed", report.findElement(By.cssSelector(".badge")).getText());
        assertEquals("TV Chosun", report.findElement(By.cssSelector(".speaker strong")).getText());
        assertEquals("New since 30 June 2024.", report.findElement(By.cssSelector(".change")).getText());
        WebElement pentagon = entry(PENTAGON);
        assertEquals("U.S. Department of Defense", pentagon.findElement(By.cssSelector(".speaker strong")).getText());
        assertEquals("Unverified", pentagon.findElement(By.cssSelector(".badge")).getText());
        assertEquals(11, entries().size());
        assertEquals("Compared with 30 June 2024: 9 new, 0 changed, 0 no longer shown.", text("changes"));
        browser.screenshot("03-as-of-2024-07-02-by-keyboard");

        slider.sendKeys(Keys.PAGE_DOWN);
        awaitDay("2024-06-25");
        assertEquals(2, entries().size());
        slider.sendKeys(Keys.END);
        awaitDay("2024-07-02");
        slider.sendKeys(Keys.ARROW_LEFT);
        awaitDay("2024-07-01");
        // On the day of the briefing the report is already disputed; the Pentagon's own statement may date from 2 July.
        assertEquals("Disputed", entry(DEPLOYMENT).findElement(By.cssSelector(".badge")).getText());
        assertFalse(text("entries").contains(PENTAGON));
        assertEquals("Compared with 2 July 2024: 0 new, 0 changed, 3 no longer shown.", text("changes"));
        slider.sendKeys(Keys.ARROW_RIGHT);
        awaitDay("2024-07-02");
    }

    @Test
    @Order(4)
    void keyboardAloneOpensAClaimWithItsTransition() throws Exception {
        String panelId = "panel-" + entry(DEPLOYMENT).getAttribute("data-id");
        WebElement opener = tabTo(e -> panelId.equals(e.getAttribute("aria-controls")));
        assertEquals("false", opener.getAttribute("aria-expanded"));
        opener.sendKeys(Keys.ENTER);
        await(d -> d.findElement(By.id(panelId)).isDisplayed()
                && d.findElement(By.id(panelId)).getText().contains("History as of 2 July 2024"));
        WebElement panel = driver.findElement(By.id(panelId));
        assertEquals("true", opener.getAttribute("aria-expanded"));
        List<WebElement> moves = panel.findElements(By.cssSelector(".history > li"));
        assertEquals(2, moves.size());
        assertTrue(moves.get(1).getText().startsWith("Disputed\nfrom Unverified, credibility 4 (Doubtful); effective 1 July 2024")
                || moves.get(1).getText().startsWith("Disputed from Unverified, credibility 4 (Doubtful); effective 1 July 2024"),
                moves.get(1).getText());
        assertTrue(moves.get(1).getText().contains("Reason: The Pentagon says it has no evidence of North Korean troops "
                + "being sent to Ukraine"));
        assertTrue(panel.getText().contains("Another claim says there is no evidence for this one:"), panel.getText());
        browser.screenshot("04-claim-opened-by-keyboard");
        assertNoSeriousAccessibilityViolations("04-claim-opened");

        opener.sendKeys(Keys.ENTER);
        await(d -> !d.findElement(By.id(panelId)).isDisplayed());
        assertEquals("false", opener.getAttribute("aria-expanded"));
    }

    @Test
    @Order(5)
    void theIndexListsTheStory() throws Exception {
        driver.get(stack.timelines().url() + "/timelines/view");
        WebElement link = await(d -> d.findElements(By.linkText("North Korean troops for Russia's war in Ukraine?"))
                .stream().findFirst().orElse(null));
        browser.screenshot("05-index");
        assertNoSeriousAccessibilityViolations("05-index");
        link.click();
        await(d -> d.getCurrentUrl().endsWith("/timelines/" + SLUG + "/view"));
        awaitDay("");
        assertEquals(11, entries().size());
    }

    @Test
    @Order(6)
    void theSecondControlShowsTheRecordAsItStoodAtAMoment() throws Exception {
        driver.get(page + "?asOf=2024-07-02");
        awaitDay("2024-07-02");
        WebElement moment = driver.findElement(By.id("known-at"));
        assertFalse(moment.isEnabled(), "off by default");
        driver.findElement(By.id("known-on")).click();
        assertTrue(moment.isEnabled());
        String at = importedAt.toString().substring(0, 19);
        // A datetime-local field takes keys in the browser's locale order; its value is what the page reads.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change'))", moment, at);
        await(d -> (at + "Z").equals(d.findElement(By.id("story-data")).getAttribute("data-known-at")));
        assertTrue(text("entries").contains("as recorded at " + at + "Z"), text("entries"));
        assertEquals(11, entries().size());
        assertTrue(driver.getCurrentUrl().contains("knownAt="), driver.getCurrentUrl());
        browser.screenshot("06-as-recorded-at");
        driver.findElement(By.id("known-on")).click();
        await(d -> "".equals(d.findElement(By.id("story-data")).getAttribute("data-known-at")));
    }

    @Test
    @Order(99)
    void aDegradedBannerNamesWhatIsMissingWhenClaimsIsDown() throws Exception {
        stack.claims().close();
        driver.get(page + "?asOf=2024-07-02");
        WebElement banner = await(d -> d.findElements(By.cssSelector("#entries .banner")).stream().findFirst()
                .orElse(null));
        assertTrue(banner.getText().startsWith("Part of this story is missing"), banner.getText());
        assertTrue(banner.getText().contains("claims unavailable"), banner.getText());
        assertEquals("alert", banner.getAttribute("role"));
        assertEquals(3, entries().size(), "the events are still shown");
        await(d -> d.findElement(By.id("chart-slot")).getText().contains("this chart is incomplete"));
        assertEquals("2024-07-02", driver.findElement(By.id("day-date")).getAttribute("value"));
        browser.screenshot("07-degraded-claims-down");
    }

    // ---- helpers ----

    private static <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            T value = condition.apply(d);
            return value instanceof Boolean b && !b ? null : value;
        });
    }

    /** Waits until the entries shown are those as of {@code day} ("" for now). */
    private static void awaitDay(String day) {
        await(d -> {
            List<WebElement> head = d.findElements(By.id("story-data"));
            return !head.isEmpty() && day.equals(head.get(0).getAttribute("data-as-of"))
                    && "false".equals(String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return String(document.querySelector('#entries-body').classList.contains('htmx-request'))")));
        });
    }

    /** Presses Tab, as a keyboard user would, until the focused element is the one wanted (at most 80 times). */
    private static WebElement tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached the element");
    }

    private static List<WebElement> entries() {
        return driver.findElements(By.cssSelector("#entry-list > li[data-id]"));
    }

    private static WebElement entry(String text) {
        return entries().stream().filter(e -> e.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry with " + text));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static void assertNoSeriousAccessibilityViolations(String step) throws Exception {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        Files.writeString(target.resolve("screenshots/" + step + "-axe.txt"), violations.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " (" + v.getNodes().size() + " nodes)")
                .collect(Collectors.joining("\n", "", "\n")));
        List<String> serious = violations.stream().filter(v -> "serious".equals(v.getImpact())
                || "critical".equals(v.getImpact())).map(v -> v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertEquals(List.of(), serious, "serious or critical accessibility violations");
    }
}
