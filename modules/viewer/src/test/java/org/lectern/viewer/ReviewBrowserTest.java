package org.lectern.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.viewer.ReviewFixtures.NEWS_TEXT;
import static org.lectern.viewer.ReviewFixtures.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.ExportCommand;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/** Reviewing in a real browser (Debian's headless Chromium) against a real server with writes on loopback. */
class ReviewBrowserTest {

    /** Where the README's screenshot is written when asked for ({@code -Dlectern.review.screenshot=…}). */
    private static final String SCREENSHOT_PROPERTY = "lectern.review.screenshot";

    private static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

    @TempDir
    static Path temp;

    private static Path folder;
    private static ViewerServer server;
    private static ChromeDriver browser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        folder = temp.resolve("xmi");
        ReviewFixtures.writeFolder(folder, "brief", "shared", "listed", "rerun");
        server = new ViewerServer(folder, "127.0.0.1", 0, ViewerServer.Access.loopback("tester")).start();
        server.awaitIndexed(60_000);
        browser = Browser.start(1400, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @Test
    void aDocumentReviewedByKeyboardOnlyExportsAsExpected() throws Exception {
        open(browser, "#/doc/brief");
        keys(browser, "j");
        assertCurrent(browser, "Maria Keller");
        keys(browser, "a"); // accept Maria Keller, on to Nordbank
        assertCurrent(browser, "Nordbank");
        keys(browser, "2", "j"); // Nordbank is an ORGANIZATION; on to Aarhus
        keys(browser, "a", "x"); // accept Aarhus, reject Friday
        assertThat(segment(browser, "Friday").getAttribute("class")).contains("rv-struck");
        keys(browser, "a", "a"); // accept the first quote and Keller
        keys(browser, "s", Keys.ARROW_DOWN, Keys.ENTER); // the second quote is Maria Keller's (first in the list)
        keys(browser, "j", "e");
        chord(browser, Keys.ARROW_RIGHT, Keys.SHIFT);
        assertThat(browser.findElement(By.id("boundary-preview")).getText()).contains("Peter Brandt");
        keys(browser, Keys.ENTER, "c");
        WebElement field = browser.findElement(By.id("value-field"));
        assertThat(field.getAttribute("value")).isEqualTo("Peter");
        field.sendKeys("Peter Brandt", Keys.ENTER);
        select(browser, "Vestas");
        keys(browser, "n", "2"); // add Vestas (an entity, as the current one), make it an ORGANIZATION
        assertThat(segment(browser, "Vestas").getAttribute("class")).contains("rv-added");
        assertThat(entityValue(browser, "Vestas")).isEqualTo("ORGANIZATION");
        chord(browser, "z", Keys.CONTROL);
        assertThat(entityValue(browser, "Vestas")).isEqualTo("PERSON");
        chord(browser, "z", Keys.CONTROL, Keys.SHIFT);
        assertThat(entityValue(browser, "Vestas")).isEqualTo("ORGANIZATION");
        waitFor(browser, "return document.getElementById('review-progress').textContent === '8 of 8 reviewed'");
        new Actions(browser).moveToElement(segment(browser, "Aarhus")).perform();
        assertThat(browser.findElement(By.id("details")).getText()).contains("accepted by ");
        screenshot();
        chord(browser, Keys.ENTER, Keys.CONTROL); // reviewed; the next unreviewed document opens
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("#/doc/brief")));
        assertThat(browser.getCurrentUrl()).contains("#/doc/").doesNotContain("token=");

        JsonNode review = get("/api/documents/brief/review");
        assertThat(review.path("state").asText()).isEqualTo("reviewed");
        assertThat(review.path("orphans")).isEmpty();
        Path out = temp.resolve("gold");
        int exit =
                new CommandLine(new ExportCommand()).execute(folder.toString(), "--reviewed", "--json", out.toString());
        assertThat(exit).isZero();
        assertThat(JSON.readTree(out.resolve("brief.json").toFile())).isEqualTo(JSON.readTree(expectedBrief()));
        assertThat(out.resolve("shared.json")).doesNotExist(); // in review, not reviewed
    }

    /** What the review above makes of the news item, in the gold schema. */
    private static String expectedBrief() {
        int keller = at(NEWS_TEXT, "Keller", 1);
        return """
                {"document": "brief", "language": "en", "boilerplate": [], "artefacts": [],
                 "entities": [
                  {"begin": 0, "end": 12, "text": "Maria Keller", "type": "PERSON", "canonical": "Maria Keller"},
                  %s, %s, %s, %s, %s],
                 "quotes": [
                  {"begin": %d, "end": %d, "text": "The merger is off,", "speaker": "Maria Keller",
                   "speakerMention": {"begin": %d, "end": %d, "text": "Keller"}},
                  {"begin": %d, "end": %d, "text": "We walk away.", "speaker": "Maria Keller",
                   "speakerMention": {"begin": 0, "end": 12, "text": "Maria Keller"}}],
                 "spinScore": null}
                """.formatted(
                        entity("Nordbank", 0, "ORGANIZATION", "Nordbank"),
                        entity("Aarhus", 0, "LOCATION", "Aarhus"),
                        entity("Keller", 1, "PERSON", "Maria Keller"),
                        entity("Peter Brandt", 0, "PERSON", "Peter Brandt"),
                        entity("Vestas", 0, "ORGANIZATION", "Vestas"),
                        at(NEWS_TEXT, "The merger", 0),
                        at(NEWS_TEXT, "The merger", 0) + "The merger is off,".length(),
                        keller,
                        keller + 6,
                        at(NEWS_TEXT, "We walk", 0),
                        at(NEWS_TEXT, "We walk", 0) + "We walk away.".length());
    }

    private static String entity(String text, int occurrence, String type, String canonical) {
        int begin = at(NEWS_TEXT, text, occurrence);
        return "{\"begin\": %d, \"end\": %d, \"text\": \"%s\", \"type\": \"%s\", \"canonical\": \"%s\"}"
                .formatted(begin, begin + text.length(), text, type, canonical);
    }

    @Test
    void twoReviewersOnOneDocumentEndInTheSameStateWithNothingLost() throws Exception {
        ChromeDriver other = Browser.start(1200, 800);
        try {
            for (ChromeDriver b : List.of(browser, other)) {
                b.get(server.uri() + "#/");
                b.executeScript("localStorage.setItem('lectern.pollMillis', '600000')"); // no polling until asked
            }
            browser.executeScript("localStorage.setItem('lectern.reviewer', 'ann')");
            other.executeScript("localStorage.setItem('lectern.reviewer', 'bo')");
            open(browser, "#/doc/shared");
            open(other, "#/doc/shared");
            keys(browser, "j", "a"); // ann accepts Maria Keller
            awaitVersion("shared", 1);
            keys(other, "j", "3"); // bo, not knowing, makes Maria Keller a LOCATION: a real conflict
            WebElement notice = new WebDriverWait(other, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.conflict")));
            String annName =
                    get("/api/documents/shared/review").at("/ops/0/reviewer").asText();
            assertThat(notice.getText()).contains(annName, "their change is kept", "LOCATION");
            keys(other, "j", "x"); // bo rejects Nordbank: another annotation
            awaitVersion("shared", 2);
            keys(browser, "j", "a"); // ann (stale) accepts Aarhus: sent again after bo's entries, no conflict
            awaitVersion("shared", 3);
            assertThat(browser.findElements(By.cssSelector(".notice.conflict"))).isEmpty();
            for (ChromeDriver b : List.of(browser, other)) {
                b.executeScript("localStorage.setItem('lectern.pollMillis', '100')");
            }
            String expected = dumpAfterReload();
            new WebDriverWait(other, Duration.ofSeconds(20))
                    .until(b -> dump(other).equals(expected));
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(b -> dump(browser).equals(expected));
            JsonNode log = get("/api/documents/shared/review");
            assertThat(log.path("ops"))
                    .extracting(op -> op.path("op").asText())
                    .containsExactly("accept", "reject", "accept");
            // bo's LOCATION is not lost: the notice offers it, and applying it lands it on top of ann's accept
            other.findElement(By.cssSelector(".notice.conflict button.retry")).click();
            awaitVersion("shared", 4);
            assertThat(get("/api/documents/shared/review").at("/ops/3/after").asText())
                    .isEqualTo("LOCATION");
        } finally {
            other.quit();
            for (String key : new String[] {"lectern.pollMillis", "lectern.reviewer"}) {
                browser.executeScript("localStorage.removeItem(arguments[0])", key);
            }
        }
    }

    /** The shared document as a freshly opened page sees it (the server's state). */
    private static String dumpAfterReload() {
        ChromeDriver fresh = Browser.start(1000, 700);
        try {
            open(fresh, "#/doc/shared");
            return dump(fresh);
        } finally {
            fresh.quit();
        }
    }

    @Test
    void bulkAcceptTheConfidenceQueueAndTheKeyList() {
        open(browser, "#/doc/bulk");
        assertThat(browser.findElement(By.id("review-progress")).getText()).isEqualTo("0 of 8 reviewed");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("bulk-layer")))
                .selectByVisibleText("all LOCATION");
        browser.findElement(By.id("bulk-accept")).click();
        waitFor(browser, "return document.getElementById('review-progress').textContent === '3 of 8 reviewed'");
        assertThat(segment(browser, "Bergen").getAttribute("class")).contains("rv-done");
        assertThat(segment(browser, "Ola").getAttribute("class")).contains("rv-open");
        WebElement threshold = browser.findElement(By.id("bulk-confidence"));
        threshold.clear();
        threshold.sendKeys("0.9");
        browser.findElement(By.id("confidence-accept")).click();
        waitFor(browser, "return document.getElementById('review-progress').textContent === '4 of 8 reviewed'");
        assertThat(segment(browser, "have").getAttribute("class")).contains("rv-done");
        assertThat(segment(browser, "are").getAttribute("class")).contains("rv-open");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("queue-order")))
                .selectByValue("confidence");
        assertCurrent(browser, "were"); // the lowest confidence first
        keys(browser, "j");
        assertCurrent(browser, "are");
        keys(browser, "k");
        assertCurrent(browser, "were");
        keys(browser, Keys.DELETE);
        assertThat(segment(browser, "were").getAttribute("class")).contains("rv-struck");
        awaitLastLoggedOp("bulk", "delete");

        keys(browser, "?");
        WebElement help = browser.findElement(By.id("key-help"));
        assertThat(help.getText()).contains("Ctrl+Enter", "accept, then next", "Alt+Shift");
        keys(browser, Keys.ESCAPE);
        assertThat(browser.findElements(By.id("key-help"))).isEmpty();
    }

    /** Waits until the newest entry of a document's review log has the given op (the page writes asynchronously). */
    private static void awaitLastLoggedOp(String id, String op) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            try {
                JsonNode ops = get("/api/documents/" + id + "/review").path("ops");
                return !ops.isEmpty()
                        && ops.get(ops.size() - 1).path("op").asText().equals(op);
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void theListShowsReviewStatesAndFiltersTheUnreviewed() throws Exception {
        HttpResponse<String> marked = post(
                "/api/documents/listed/review", 0, "{\"ops\": [{\"op\": \"state\", " + "\"state\": \"reviewed\"}]}");
        assertThat(marked.statusCode()).isEqualTo(200);
        browser.get(server.browserUri() + "#/");
        browser.navigate().refresh();
        WebElement cell = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tr.doc-row[data-id='listed'] .state-cell")));
        assertThat(cell.getText()).startsWith("reviewed");
        List<WebElement> all = browser.findElements(By.cssSelector("tr.doc-row"));
        long reviewed = all.stream()
                .filter(row ->
                        row.findElement(By.cssSelector(".state-cell")).getText().startsWith("reviewed"))
                .count();
        browser.findElement(By.id("filter-unreviewed")).click();
        assertThat(browser.findElements(By.cssSelector("tr.doc-row")))
                .hasSize((int) (all.size() - reviewed))
                .isNotEmpty()
                .noneMatch(row -> row.getAttribute("data-id").equals("listed"))
                .allSatisfy(row -> assertThat(
                                row.findElement(By.cssSelector(".state-cell")).getText())
                        .doesNotStartWith("reviewed"));
    }

    @Test
    void orphansOfAPipelineRerunAreListedAndCanBeAppliedAgain() throws Exception {
        int nordbank = at(NEWS_TEXT, "Nordbank", 0);
        HttpResponse<String> saved =
                post("/api/documents/rerun/review", 0, """
                {"ops": [{"op": "set", "type": "NamedEntity", "begin": %d, "end": %d, "key": {"value": "PERSON"},
                          "feature": "value", "value": "ORGANIZATION"}]}""".formatted(nordbank, nordbank + "Nordbank".length()));
        assertThat(saved.statusCode()).isEqualTo(200);
        Thread.sleep(1100); // a new modification time for the file the pipeline writes again
        ReviewFixtures.rewriteNews(folder, "rerun", "Updated on Saturday.\n");
        open(browser, "#/doc/rerun");
        WebElement orphan = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#orphans li.orphan")));
        assertThat(orphan.getText()).contains("set value to “ORGANIZATION”", "NamedEntity");
        assertThat(entityValue(browser, "Nordbank")).isEqualTo("PERSON");
        keys(browser, "j", "j"); // to Nordbank, where the reviewer wants the change again
        assertCurrent(browser, "Nordbank");
        orphan.findElement(By.cssSelector("button.reapply")).click();
        awaitVersion("rerun", 2);
        assertThat(entityValue(browser, "Nordbank")).isEqualTo("ORGANIZATION");
        assertThat(get("/api/documents/rerun/review").at("/ops/1/begin").asInt())
                .isEqualTo(nordbank + "Updated on Saturday.\n".length());

        // the re-applied orphan is still listed until the reviewer drops it (in the list as redrawn after the
        // re-apply's answer); the drop is logged
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> {
                    page.findElement(By.cssSelector("#orphans li.orphan button.drop"))
                            .click();
                    return true;
                });
        awaitVersion("rerun", 3);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#orphans li.orphan"), 0));
        JsonNode review = get("/api/documents/rerun/review");
        assertThat(review.path("orphans")).isEmpty();
        assertThat(review.at("/ops/2/op").asText()).isEqualTo("drop");
        assertThat(review.at("/ops/2/drops").asInt()).isEqualTo(1);
    }

    @Test
    void hostileMarkupStaysInertInReviewMode() {
        open(browser, "#/doc/hostile");
        keys(browser, "j", "c");
        WebElement field = browser.findElement(By.id("value-field"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "<img src=x onerror=\"window.__xss='typed'\">", Keys.ENTER);
        awaitVersion("hostile", 1);
        open(browser, "#/doc/hostile");
        new Actions(browser).moveToElement(segment(browser, "<b>Bold</b>")).perform();
        assertThat(browser.findElement(By.id("details")).getText())
                .contains("<img src=x onerror=\"window.__xss='typed'\">", "corrected by");
        keys(browser, "?");
        assertThat(browser.findElements(By.cssSelector("#text img, #text b, #details img, #review img, #key-help img")))
                .isEmpty();
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Opens {@code route} with the address the server printed (its token) and waits for review mode. */
    private static void open(ChromeDriver driver, String route) {
        driver.get(server.browserUri() + route);
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-review", "on"));
        driver.executeScript("document.activeElement && document.activeElement.blur()");
    }

    private static void keys(ChromeDriver driver, CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(driver).sendKeys(key).perform();
        }
    }

    /** Presses {@code key} with {@code modifiers} held. */
    private static void chord(ChromeDriver driver, CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(driver);
        for (Keys modifier : modifiers) {
            actions = actions.keyDown(modifier);
        }
        actions = actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions = actions.keyUp(modifier);
        }
        actions.perform();
    }

    private static void assertCurrent(ChromeDriver driver, String text) {
        String script = "return [...document.querySelectorAll('#text .seg.current')].map(s => s.textContent).join('')";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(b -> driver.executeScript(script).equals(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "current: '" + driver.executeScript(script) + "', notices: "
                            + driver.findElement(By.id("review-notices")).getText(),
                    e);
        }
    }

    /** The drawn segment whose text is {@code text}. */
    private static WebElement segment(ChromeDriver driver, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(b -> (WebElement) driver.executeScript(
                "return [...document.querySelectorAll('#text .seg')].find(s => s.textContent === arguments[0])", text));
    }

    /** Selects the first occurrence of {@code text} in the text pane, as a mouse would. */
    private static void select(ChromeDriver driver, String text) {
        driver.executeScript(
                "const seg = [...document.querySelectorAll('#text .seg')].find(s => s.textContent.includes(arguments[0]));"
                        + "const at = seg.textContent.indexOf(arguments[0]);"
                        + "getSelection().setBaseAndExtent(seg.firstChild, at, seg.firstChild, at + arguments[0].length);",
                text);
    }

    /** The label of the kept entity whose text is {@code text}, as the page has it now. */
    private static String entityValue(ChromeDriver driver, String text) {
        return (String) driver.executeScript(
                "const r = document.getElementById('text').review;"
                        + "const t = r.model.doc.text;"
                        + "const i = r.model.ann.findIndex((a, i) => t.slice(a.b, a.e) === arguments[0]"
                        + " && r.review.isKept(i) && r.model.types[a.t].name === arguments[1]);"
                        + "return i < 0 ? null : r.model.ann[i].f.value;",
                text,
                NAMED_ENTITY);
    }

    private static void waitFor(ChromeDriver driver, String script) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(b -> Boolean.TRUE.equals(driver.executeScript(script)));
    }

    private static String dump(ChromeDriver driver) {
        return String.valueOf(driver.executeScript("return document.getElementById('text').review.dump().join('\\n')"));
    }

    private static void awaitVersion(String id, int version) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            try {
                return get("/api/documents/" + id + "/review").path("version").asInt() == version;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, int version, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"" + version + "\"")
                        .header("X-Lectern-Token", server.token())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshot() throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "review.png"), StandardCopyOption.REPLACE_EXISTING);
        String target = System.getProperty(SCREENSHOT_PROPERTY);
        if (target != null) {
            Files.copy(shot, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
