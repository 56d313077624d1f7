package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser session: Debian's headless Chromium driven through Debian's chromedriver, with a
 * profile of its own, so two instances are two users who share nothing. Selenium Manager is never
 * asked for a driver or a browser: both paths are given.
 *
 * <p>Every helper waits for a condition (an element, a new page, a text), never for a time.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDTH = 1280;
  private static final int HEIGHT = 900;
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Duration POLLING = Duration.ofMillis(50);

  private final String baseUrl;
  private final Path profile;
  private final ChromeDriver driver;

  private Browser(String baseUrl, Path profile, ChromeDriver driver) {
    this.baseUrl = baseUrl;
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts a new browser; fails the test with instructions when Chromium is not installed. */
  static Browser start(String baseUrl) {
    for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(needed)) {
        fail(
            needed
                + " is missing: the browser tests need Debian's Chromium and its driver."
                + " Install them with `apt-get install -y --no-install-recommends chromium"
                + " chromium-driver`, or run ./test.sh, which does it.");
      }
    }
    try {
      Path profile = Files.createTempDirectory("clubaide-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          "--window-size=" + WIDTH + "," + HEIGHT,
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      // A desktop viewport of exactly WIDTH CSS pixels, whatever the window decorations.
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
      return new Browser(baseUrl, profile, driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a page of the application by its path, for example {@code /register.xhtml}. */
  Browser open(String path) {
    driver.get(baseUrl + path);
    loaded();
    return this;
  }

  /** The path (and query) of the current page, without the server. */
  String path() {
    URI uri = URI.create(driver.getCurrentUrl());
    String query = uri.getRawQuery();
    return query == null ? uri.getRawPath() : uri.getRawPath() + "?" + query;
  }

  /** A query parameter of the current page's address. */
  String parameter(String name) {
    String query = URI.create(driver.getCurrentUrl()).getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith(name + "=")) {
          return pair.substring(name.length() + 1);
        }
      }
    }
    return fail("no parameter " + name + " in " + driver.getCurrentUrl());
  }

  /** The visible element, once it is there. */
  WebElement element(By by) {
    return waitUntil(
        () -> "no visible " + by + " on " + path(),
        ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The visible element with this id. */
  WebElement id(String id) {
    return element(By.id(id));
  }

  /** Whether an element is on the page now. */
  boolean has(By by) {
    return !driver.findElements(by).isEmpty();
  }

  /** The visible text of an element. */
  String text(By by) {
    return element(by).getText().strip();
  }

  /** The texts of all matching elements, in page order. */
  List<String> texts(By by) {
    return driver.findElements(by).stream().map(e -> e.getText().strip()).toList();
  }

  /** Replaces a field's content with the text, as a user types it. */
  Browser type(String id, String text) {
    WebElement field = id(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Sets a {@code type=date} field. Typing into it depends on the browser's locale, so the value is
   * set as the date picker sets it, and the field is told it changed.
   */
  Browser date(String id, LocalDate day) {
    WebElement field = id(id);
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field,
        day.toString());
    assertEquals(day.toString(), field.getDomProperty("value"), "the date field took the date");
    return this;
  }

  /** Ticks the checkbox or radio button with this name and value. */
  Browser choose(String name, String value) {
    WebElement choice =
        element(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!choice.isSelected()) {
      choice.click();
    }
    waitUntil(
        () -> name + "=" + value + " never got selected",
        ExpectedConditions.elementToBeSelected(choice));
    return this;
  }

  /** Clicks a link or button that loads another page, and waits until the new page is there. */
  Browser follow(By by) {
    WebElement old = driver.findElement(By.tagName("html"));
    waitUntil(
            () -> "nothing to click at " + by + " on " + path(),
            ExpectedConditions.elementToBeClickable(by))
        .click();
    waitUntil(
        () -> "clicking " + by + " loaded no new page; still on " + path(),
        ExpectedConditions.stalenessOf(old));
    loaded();
    return this;
  }

  /** Clicks the button with this id, which submits its form, and waits for the answer's page. */
  Browser submit(String id) {
    return follow(By.id(id));
  }

  /** The browser, for helpers that run scripts in the page (the accessibility check). */
  JavascriptExecutor scripts() {
    return driver;
  }

  /** The {@code lang} attribute of the page. */
  String lang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** The messages shown at the top of the page (information and errors). */
  List<String> messages(String cssClass) {
    return texts(By.cssSelector("#messages li." + cssClass));
  }

  /** Saves the whole page, {@link #WIDTH} pixels wide, as {@code <directory>/<name>.png}. */
  Path screenshot(Path directory, String name) {
    try {
      Files.createDirectories(directory);
      Number height =
          (Number)
              driver.executeScript(
                  "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                      + " document.body.scrollHeight));");
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of("x", 0, "y", 0, "width", WIDTH, "height", height.intValue(), "scale", 1)));
      byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
      assertEquals(WIDTH, ByteBuffer.wrap(png, 16, 4).getInt(), "the PNG's width (IHDR)");
      Path file = directory.resolve(name + ".png");
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loaded() {
    waitUntil(
        () -> "the page never finished loading: " + path(),
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertFalse(
        driver.getPageSource().contains("Exception"),
        () -> "the page shows an exception: " + path() + "\n" + driver.getPageSource());
  }

  private <T> T waitUntil(Supplier<String> failure, Function<WebDriver, T> condition) {
    // While a page is replaced, Chromium may answer a look at an element of the old one with a
    // stale-element or "node does not belong to the document" error: the condition is then asked
    // again until the patience runs out, and a timeout carries the last error as its cause.
    return new WebDriverWait(driver, PATIENCE, POLLING)
        .withMessage(failure)
        .ignoring(WebDriverException.class)
        .until(condition);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
