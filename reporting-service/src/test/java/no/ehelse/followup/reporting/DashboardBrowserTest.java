package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static no.ehelse.followup.reporting.FollowUpPayloads.delivery;
import static no.ehelse.followup.reporting.FollowUpPayloads.milestone;
import static no.ehelse.followup.reporting.FollowUpPayloads.participant;
import static no.ehelse.followup.reporting.FollowUpPayloads.segment;
import static no.ehelse.followup.reporting.FollowUpPayloads.subGoal;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * The Norwegian dashboard in a real headless Chromium (Debian's chromium and chromedriver, which
 * .ci/run installs): the view fed through the real broker, read by the page with a reader token.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/dashboard.png");
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    private static WebDriver chromium() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The dashboard test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
                        + "apt-get install chromium chromium-driver, as .ci/run does");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // This machine's network is closed: without these flags Chromium keeps trying to reach Google.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void feedTheView() {
        EventFeed.shared().send("goal", "O3", 1, "GoalDefined",
                "{\"id\": \"O3\", \"kind\": \"OVERARCHING\", \"name\": \"Innovasjonskraft\", \"version\": 1}");
        EventFeed.shared().send("goal", "4", 1, "GoalDefined", "{\"id\": \"4\", \"kind\": \"STRATEGIC\", "
                + "\"name\": \"Tilgjengelig informasjon og styrket samhandling\", \"version\": 1}");
        EventFeed.shared().send("indicator", "4.3", 1, "IndicatorDefined",
                EventFeed.indicator("4.3", "Andel innbyggere som har brukt digitale tjenester", "4"));
        // Some of the plan's figures span twelve months: an interval is drawn at its middle.
        EventFeed.shared().send("measurement", "4.3:2022-09/2023-08:994598759", 1, "MeasurementRecorded",
                EventFeed.measurement("4.3", "2022-09/2023-08", 1, 60));
        EventFeed.shared().send("measurement", "4.3:2024:994598759", 1, "MeasurementRecorded", EventFeed.measurement("4.3", "2024", 1, 70));
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, "3.D", 1, RoadmapEvents.SUB_GOAL_DEFINED,
                subGoal("3.D", "Pasientens prøvesvar"));
        Delivery delivery = delivery("provesvar-dashboard", "3.D", Phase.ADAPTATION_EXTENDED_TRIAL,
                List.of(participant(Organisations.HELSE_VEST, "Helse Vest RHF", Phase.ADAPTATION_EXTENDED_TRIAL)),
                List.of(segment(Phase.DEVELOPMENT_LIMITED_TRIAL, "2023Q1", "2024Q2", Certainty.PLANNED),
                        segment(Phase.ADAPTATION_EXTENDED_TRIAL, "2024Q3", "2026Q4", Certainty.TENTATIVE)),
                List.of(milestone("utproving-vest", Phase.ADAPTATION_EXTENDED_TRIAL, "2025-03-31", "2025-11-30")), 1);
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, delivery.id(), 1, RoadmapEvents.DELIVERY_DEFINED, delivery);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/4.3")
                    .then().statusCode(200).body("latest.period", equalTo("2024"));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/provesvar-dashboard")
                    .then().statusCode(200);
        });
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NUIT\", \"meetingDate\": \"2031-01-15\", \"title\": \"Underlag til NUIT, januar\"}")
                .when().post("/api/v1/council/snapshots").then().statusCode(201);
    }

    @Test
    void theDashboardShowsGoalLightsIndicatorChartsTheRoadmapAndTheLatestSnapshot() throws IOException {
        feedTheView();
        WebDriver browser = chromium();
        try {
            browser.get(dashboard + "#token=" + Tokens.reader());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            WebElement goal = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-goal='4']")));

            assertEquals("", browser.getCurrentUrl().replaceAll("^[^#]*#?", ""), "the token leaves the address bar");
            assertTrue(goal.getText().contains("Tilgjengelig informasjon og styrket samhandling"), goal.getText());
            // 70 is 62 % of the way from 46 to 85, and the 2025 target date has passed: off track.
            WebElement light = goal.findElement(By.cssSelector("[data-light]"));
            assertEquals("OFF_TRACK", light.getDomAttribute("data-light"));
            assertEquals("Ikke i rute", light.getText());
            assertTrue(browser.findElement(By.id("overarching-goals")).getText().contains("Innovasjonskraft"),
                    "an overarching goal is listed apart from the five strategic goals");

            WebElement chart = browser.findElement(By.cssSelector("[data-indicator='4.3'] svg"));
            assertEquals(List.of("2022-09/2023-08", "2024"), chart.findElements(By.cssSelector("[data-point]")).stream()
                    .map(point -> point.getDomAttribute("data-point")).toList());
            assertEquals(1, chart.findElements(By.cssSelector("[data-line='baseline']")).size());
            assertEquals(1, chart.findElements(By.cssSelector("[data-line='target']")).size());

            WebElement timeline = browser.findElement(By.cssSelector("[data-subgoal='3.D']"));
            assertTrue(timeline.getText().contains("Pasientens prøvesvar"), timeline.getText());
            assertEquals(List.of("PLANNED", "TENTATIVE"), timeline.findElements(By.cssSelector("rect.segment")).stream()
                    .map(segment -> segment.getDomAttribute("data-certainty")).toList());
            assertEquals("5", timeline.findElement(By.cssSelector("rect[data-certainty='TENTATIVE']"))
                    .getCssValue("stroke-dasharray").replaceAll("[^0-9].*", ""), "tentative is drawn dashed");
            assertEquals(1, timeline.findElements(By.cssSelector("[data-delay='utproving-vest']")).size());

            assertTrue(browser.findElement(By.id("latest-snapshot")).getText().contains("Underlag til NUIT, januar"));

            // The whole page, not only the first screen: a viewport as tall as the document.
            long height = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, png);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(SCREENSHOT), PNG_SIGNATURE.length));
            assertTrue(png.length > 20_000, "a rendered page, not a blank one: " + png.length + " bytes");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aBadTokenAsksForANewOne() throws IOException {
        WebDriver browser = chromium();
        try {
            browser.get(dashboard + "#token=not-a-token");
            WebElement message = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-message")));
            assertTrue(message.getText().contains("utløpt"), message.getText());
            assertTrue(browser.findElements(By.cssSelector("[data-goal]")).isEmpty(), "no status without access");
        } finally {
            browser.quit();
        }
    }
}
