package org.lectern.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The viewer in a real browser: Debian's headless Chromium against a real server over fixture XMI. */
class ViewerBrowserTest {

    /** Where the screenshot committed for the README is written when asked for ({@code -Dlectern.screenshot=…}). */
    private static final String SCREENSHOT_PROPERTY = "lectern.screenshot";

    @TempDir
    static Path temp;

    private static ViewerServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Path folder = temp.resolve("xmi");
        ViewerFixtures.writeLecternFolder(folder);
        ViewerFixtures.writeCustomFolder(folder.resolve("custom"));
        server = new ViewerServer(folder, "127.0.0.1", 0).start();
        server.awaitIndexed(60_000);
        browser = Browser.start(1400, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @Test
    void listLoadsWithCountsAndSorts() {
        open("#/");
        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.doc-row"), 4));
        assertThat(rows)
                .extracting(row -> row.getAttribute("data-id"))
                .containsExactly("custom/catalogue", "dkpro-only", "hostile", "news");
        WebElement news = browser.findElement(By.cssSelector("tr.doc-row[data-id='news']"));
        assertThat(news.findElements(By.cssSelector(".lang-badge")))
                .extracting(WebElement::getText)
                .containsExactly("EN", "DE");
        browser.findElement(By.cssSelector("th[data-key='entities']")).click();
        assertThat(browser.findElement(By.cssSelector("tr.doc-row")).getAttribute("data-id"))
                .isEqualTo("news");
        // the spin score column sorts most spun first, then least; a document without a score stays last
        browser.findElement(By.cssSelector("th[data-key='spin']")).click();
        assertThat(rowIds()).containsExactly("hostile", "dkpro-only", "news", "custom/catalogue");
        browser.findElement(By.cssSelector("th[data-key='spin']")).click();
        assertThat(rowIds()).containsExactly("news", "dkpro-only", "hostile", "custom/catalogue");
        assertThat(browser.findElements(By.cssSelector("tr.doc-row td[data-key='spin']")))
                .extracting(WebElement::getText)
                .containsExactly("0.020", "0.100", "0.400", "");
        browser.findElement(By.id("list-filter")).sendKeys("custom");
        assertThat(browser.findElements(By.cssSelector("tr.doc-row"))).hasSize(1);
    }

    @Test
    void spansShowTheirColoursAndALegendToggleHidesALayer() throws Exception {
        open("#/doc/news");
        WebElement anna = segmentStartingAt(ViewerFixtures.NEWS_TEXT.indexOf("Anna Lindqvist"));
        assertThat(anna.getText()).isEqualTo("Anna Lindqvist");
        assertThat(Color.fromString(anna.getCssValue("background-color")).asHex())
                .isEqualTo("#9ecae1");
        WebElement tampere = segmentStartingAt(ViewerFixtures.NEWS_TEXT.indexOf("Tampere"));
        assertThat(Color.fromString(tampere.getCssValue("background-color")).asHex())
                .isEqualTo("#fdd0a2");
        // the artefact is struck through with its correction beside it; the credit line is dimmed
        WebElement artefact = browser.findElement(By.cssSelector(".seg.artefact"));
        assertThat(artefact.getText()).isEqualTo("name");
        assertThat(artefact.getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(browser.findElement(By.cssSelector(".correction")).getText()).isEqualTo("call");
        assertThat(Double.parseDouble(
                        browser.findElement(By.cssSelector(".seg.boilerplate")).getCssValue("opacity")))
                .isLessThan(0.6);
        assertThat(browser.findElements(By.cssSelector(".lang-badge.inline")))
                .extracting(WebElement::getText)
                .containsExactly("EN", "DE");

        assertThat(browser.findElements(By.cssSelector(".seg.quote"))).hasSize(2);
        browser.findElement(By.cssSelector("#legend li[data-type='org.lectern.type.Quotation'] input.layer-toggle"))
                .click();
        assertThat(browser.findElements(By.cssSelector(".seg.quote"))).isEmpty();
        // a value of a layer hides alone: LOCATION goes, PERSON stays
        browser.findElement(By.cssSelector("#legend li[data-value='LOCATION'] input"))
                .click();
        WebElement unmarked = segmentContaining(ViewerFixtures.NEWS_TEXT.indexOf("Tampere"));
        assertThat(unmarked.getText()).contains("the mayor of Tampere on Monday");
        assertThat(unmarked.getAttribute("data-a")).isNull();
        assertThat(segmentStartingAt(ViewerFixtures.NEWS_TEXT.indexOf("Anna Lindqvist"))
                        .getAttribute("data-a"))
                .isNotNull();

        String target = System.getProperty(SCREENSHOT_PROPERTY);
        open("#/doc/news");
        segmentStartingAt(0);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "viewer-document.png"), StandardCopyOption.REPLACE_EXISTING);
        if (target != null) {
            Files.copy(shot, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void hoveringAQuoteLightsItsSpeakerAndShowsItsFeatures() {
        open("#/doc/news");
        int speaker = ViewerFixtures.NEWS_TEXT.indexOf("Lindqvist said");
        assertThat(segmentStartingAt(speaker).getAttribute("class")).doesNotContain("lit");
        WebElement quote = segmentStartingAt(ViewerFixtures.NEWS_TEXT.indexOf("We will build"));
        new Actions(browser).moveToElement(quote).perform();
        wait.until(ExpectedConditions.attributeContains(segmentStartingAt(speaker), "class", "lit"));
        WebElement details = browser.findElement(By.id("details"));
        assertThat(details.getText()).contains("Quotation", "speakerName", "Anna Lindqvist");
        // the attribution as written: source and cue in the details, underlined in the text while the quote is lit
        assertThat(details.getText()).contains("source", "“Lindqvist”", "cue", "“said” (Annotation");
        assertThat(browser.executeScript("return ['lectern-source', 'lectern-cue'].map((name) => "
                        + "[...(CSS.highlights.get(name) || [])].map((range) => range.toString()).join('|'))"))
                .isEqualTo(List.of("Lindqvist", "said"));
        // the side panel groups quotes by speaker, and hovering one there lights the speaker too
        new Actions(browser).moveToElement(browser.findElement(By.id("home"))).perform();
        wait.until(ExpectedConditions.not(
                ExpectedConditions.attributeContains(segmentStartingAt(speaker), "class", "lit")));
        WebElement group = browser.findElement(By.cssSelector("#quotes .speaker-group"));
        assertThat(group.findElement(By.tagName("h4")).getText()).startsWith("Anna Lindqvist");
        assertThat(group.findElement(By.cssSelector("h4 .count")).getText()).isEqualTo("2");
        assertThat(group.findElements(By.cssSelector(".quote-item .attribution")))
                .extracting(WebElement::getText)
                .containsExactly("— Lindqvist said");
        new Actions(browser)
                .moveToElement(group.findElements(By.cssSelector(".quote-item")).get(1))
                .perform();
        wait.until(ExpectedConditions.attributeContains(segmentStartingAt(speaker), "class", "lit"));
    }

    @Test
    void searchFindsADocumentAndOpensItAtTheHit() {
        open("#/");
        browser.findElement(By.id("search-input")).sendKeys("Brücke");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-kind"))).selectByValue("text");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results a.hit")));
        assertThat(hit.getText()).contains("news", "Brücke");
        hit.click();
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".seg.hit")));
        assertThat(found.getText()).isEqualTo("Brücke");
        assertThat(found.getAttribute("data-b")).isEqualTo(String.valueOf(ViewerFixtures.NEWS_TEXT.indexOf("Brücke")));
        assertThat(browser.getCurrentUrl()).contains("#/doc/news?b=");

        open("#/search?q=Anna%20Lindqvist&kind=speaker");
        assertThat(wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#search-results a.hit"), 2)))
                .allSatisfy(a -> assertThat(a.getText()).contains("speaker"));
    }

    @Test
    void hostileMarkupIsShownAsTextAndRunsNothing() {
        open("#/doc/hostile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("text"), "<script>"));
        String text = browser.findElement(By.id("text")).getText();
        assertThat(text)
                .contains(
                        "<script>window.__xss = 'script';</script>",
                        "<img src=x onerror=",
                        "<a href=\"javascript:window.__xss = 'link'\">click me</a>");
        new Actions(browser).moveToElement(segmentStartingAt(0)).click().perform();
        assertThat(browser.findElement(By.id("details")).getText()).contains("<script>window.__xss='identifier'");
        browser.findElement(By.cssSelector("#legend li[data-type] label")).click();
        assertThat(browser.findElements(By.cssSelector("#text img, #text script, #text a, #details img")))
                .isEmpty();
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void anyTypeSystemDisplaysWithAutomaticColours() {
        open("#/doc/custom/catalogue");
        WebElement widget = segmentStartingAt(4);
        assertThat(widget.getText()).isEqualTo("Widget 3000");
        assertThat(Color.fromString(widget.getCssValue("background-color")).asHex())
                .isEqualTo(LayerStyle.derived(ViewerFixtures.CUSTOM_TYPE));
        new Actions(browser).moveToElement(widget).perform();
        assertThat(browser.findElement(By.id("details")).getText()).contains("Product", "sku", "W-3000");

        open("#/doc/dkpro-only");
        WebElement kyiv = segmentStartingAt(0);
        assertThat(kyiv.getText()).isEqualTo("Kyiv");
        assertThat(Color.fromString(kyiv.getCssValue("background-color")).asHex())
                .isEqualTo("#fdd0a2");
        // structural layers start hidden and can be shown
        assertThat(browser.findElement(
                                By.cssSelector(
                                        "#legend li[data-type='de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token'] input"))
                        .isSelected())
                .isFalse();
    }

    /** Loads the page at {@code route}; a document route returns once all its annotations have arrived. */
    private static void open(String route) {
        browser.get(server.uri() + route);
        browser.navigate().refresh();
        if (route.startsWith("#/doc/")) {
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        }
    }

    private static List<String> rowIds() {
        return browser.findElements(By.cssSelector("tr.doc-row")).stream()
                .map(row -> row.getAttribute("data-id"))
                .toList();
    }

    /** The drawn segment whose text covers {@code offset}. */
    private static WebElement segmentContaining(int offset) {
        return (WebElement) browser.executeScript(
                "return [...document.querySelectorAll('#text .seg')]"
                        + ".filter(s => Number(s.dataset.b) <= arguments[0]).pop()",
                offset);
    }

    private static WebElement segmentStartingAt(int offset) {
        return wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .seg[data-b='" + offset + "']")));
    }
}
