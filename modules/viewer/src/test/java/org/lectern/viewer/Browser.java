package org.lectern.viewer;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver (no driver download). Missing binaries fail the
 * test that asks for a browser: the viewer's browser tests are never skipped.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("lectern.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("lectern.chromedriver", "/usr/bin/chromedriver");

    private Browser() {}

    static ChromeDriver start(int width, int height) {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " not found: install Debian's chromium and chromium-driver "
                        + "(.ci/run does) or point -Dlectern.chromium / -Dlectern.chromedriver at them");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
