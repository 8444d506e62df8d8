package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static no.ehelse.followup.reporting.FollowUpPayloads.delivery;
import static no.ehelse.followup.reporting.FollowUpPayloads.initiative;
import static no.ehelse.followup.reporting.FollowUpPayloads.milestone;
import static no.ehelse.followup.reporting.FollowUpPayloads.owner;
import static no.ehelse.followup.reporting.FollowUpPayloads.participant;
import static no.ehelse.followup.reporting.FollowUpPayloads.report;
import static no.ehelse.followup.reporting.FollowUpPayloads.segment;
import static no.ehelse.followup.reporting.FollowUpPayloads.subGoal;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.reporting.web.AxeCore;
import no.ehelse.followup.reporting.web.DashboardBrowser;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * The dashboard as a person uses it, in a real headless Chromium (Debian's chromium and chromedriver):
 * signed in through the real Keycloak's login form, every page type visited, checked by axe-core against
 * WCAG 2.1 AA and photographed under target/dashboard/, both written standards, the back button, and
 * sign-out at Keycloak. The view is fed through the real broker; the snapshot is frozen through the page.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/dashboard");
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final String GOAL = "3";
    private static final String DELIVERY = "dashbord-leveranse-15";
    private static final String UNPLANNED_DELIVERY = "dashbord-uten-segmenter-15";

    @TestHTTPResource("/")
    URL root;


    private static void feedTheView() {
        EventFeed.shared().send("goal", GOAL, 1, "GoalDefined", "{\"id\": \"" + GOAL + "\", \"kind\": \"STRATEGIC\", "
                + "\"name\": \"Testmål for dashbordet\", \"version\": 1}");
        EventFeed.shared().send("indicator", "3.15", 1, "IndicatorDefined",
                EventFeed.indicator("3.15", "Andel innbyggere med digital dialog", GOAL));
        EventFeed.shared().send("measurement", "3.15:2023:994598759", 1, "MeasurementRecorded", EventFeed.measurement("3.15", "2023", 1, 55));
        EventFeed.shared().send("measurement", "3.15:2024:994598759", 1, "MeasurementRecorded", EventFeed.measurement("3.15", "2024", 1, 66));
        // A correction: the table shows revision 2 and when it was reported.
        EventFeed.shared().send("measurement", "3.15:2024:994598759", 2, "MeasurementCorrected", EventFeed.measurement("3.15", "2024", 2, 68));
        EventFeed.shared().send(Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, "3.Q", 1, InitiativeEvents.INITIATIVE_DEFINED,
                initiative("3.Q", "Digital dialog i Helse Vest", owner(Organisations.HELSE_VEST, "Helse Vest RHF")));
        EventFeed.shared().send(Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT,
                InitiativeEvents.statusReportId("3.Q", "2025T1", Organisations.HELSE_VEST), 1, InitiativeEvents.STATUS_REPORT_SUBMITTED,
                report("3.Q", "2025T1", Organisations.HELSE_VEST, 1, TrafficLight.YELLOW));
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, "3.P", 1, RoadmapEvents.SUB_GOAL_DEFINED,
                subGoal("3.P", "Digital dialog med pasienten"));
        Delivery planned = delivery(DELIVERY, "3.P", Phase.ADAPTATION_EXTENDED_TRIAL,
                List.of(participant(Organisations.HELSE_VEST, "Helse Vest RHF", Phase.ADAPTATION_EXTENDED_TRIAL),
                        participant(Organisations.NHN, "Norsk helsenett SF", Phase.INTRODUCTION)),
                List.of(segment(Phase.DEVELOPMENT_LIMITED_TRIAL, "2023Q1", "2024Q2", Certainty.PLANNED),
                        segment(Phase.ADAPTATION_EXTENDED_TRIAL, "2024Q3", "2026Q4", Certainty.TENTATIVE)),
                List.of(milestone("utproving-vest-15", Phase.ADAPTATION_EXTENDED_TRIAL, "2025-03-31", "2025-11-30")), 1);
        Delivery unplanned = delivery(UNPLANNED_DELIVERY, "3.P", Phase.DEVELOPMENT_LIMITED_TRIAL, List.of(), List.of(),
                List.of(milestone("pilot-15", Phase.DEVELOPMENT_LIMITED_TRIAL, "2026-06-30", "2026-06-30")), 1);
        for (Delivery delivery : List.of(planned, unplanned)) {
            EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, delivery.id(), 1, RoadmapEvents.DELIVERY_DEFINED, delivery);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/3.15")
                    .then().statusCode(200).body("latest.revision", equalTo(2));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/initiatives/3.Q")
                    .then().statusCode(200).body("currentStatus.latestReports.size()", equalTo(1));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/" + UNPLANNED_DELIVERY)
                    .then().statusCode(200);
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/" + DELIVERY)
                    .then().statusCode(200);
        });
    }

    private static String freeze(String meetingDate, String title) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NUIT\", \"meetingDate\": \"" + meetingDate + "\", \"title\": \"" + title + "\"}")
                .when().post("/api/v1/council/snapshots").then().statusCode(201).extract().path("id");
    }

    private void signIn(WebDriver browser, String path, String user, String password) {
        DashboardBrowser.signIn(browser, root, path, user, password);
    }

    private static WebElement page(WebDriver browser, String view) {
        return DashboardBrowser.page(browser, view);
    }

    private void visit(WebDriver browser, String view, String query) {
        browser.get(root + "dashboard/?view=" + view + query);
        page(browser, view);
    }

    /** axe-core finds no WCAG 2.1 AA violation, and the whole page is saved as a PNG. */
    private static void checkAndPhotograph(WebDriver browser, String name) throws IOException, InterruptedException {
        List<String> violations = AxeCore.violations((JavascriptExecutor) browser);
        assertEquals(List.of(), violations, name + " has WCAG 2.1 AA violations");
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(file), PNG_SIGNATURE.length));
        assertTrue(png.length > 10_000, name + ": a rendered page, not a blank one: " + png.length + " bytes");
    }

    @Test
    void aPersonSignsInFindsEveryPageInBothWrittenStandardsAndSignsOut() throws Exception {
        feedTheView();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        freeze("2032-01-15", "Underlag til NUIT, januar " + suffix);
        String march = freeze("2032-03-15", "Underlag til NUIT, mars " + suffix);
        WebDriver browser = DashboardBrowser.chromium();
        try {
            // A shared address survives the sign-in: the person lands on the goal page they were sent.
            signIn(browser, "/dashboard/?view=goal&id=" + GOAL, "rapportor-vest", "rapportor-vest-local-only");
            WebElement heading = page(browser, "goal");
            assertTrue(heading.getText().startsWith("3. "), heading.getText());
            assertTrue(browser.getCurrentUrl().endsWith("/dashboard/?view=goal&id=" + GOAL), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("signed-in-as")).getText().contains("Vera Vestland"));

            // Tokens stay on the server: none in the address, the page, the scripts' storage or readable cookies.
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertFalse(browser.getPageSource().contains("eyJ"), "no JWT in the page");
            assertEquals(0L, js.executeScript("return sessionStorage.length"));
            assertEquals(List.of(), js.executeScript("return Object.keys(localStorage).filter(k => k !== 'lang')"));
            assertFalse(((String) js.executeScript("return document.cookie")).contains("q_session"), "the session cookie is HttpOnly");

            WebElement indicators = browser.findElement(By.cssSelector("[aria-labelledby='indicators-heading'] table"));
            assertTrue(indicators.getText().contains("3.15 Andel innbyggere med digital dialog"), indicators.getText());
            assertTrue(browser.findElement(By.cssSelector("[aria-labelledby='initiatives-heading']")).getText()
                    .contains("3.Q Digital dialog i Helse Vest"));
            assertTrue(browser.findElement(By.cssSelector("[aria-labelledby='subgoals-heading']")).getText()
                    .contains("utproving-vest-15: 244 dager forsinket"));
            checkAndPhotograph(browser, "goal");

            // From the goal down to its indicator by keyboard-reachable link, and back with the browser's button.
            browser.findElement(By.linkText("3.15 Andel innbyggere med digital dialog")).click();
            page(browser, "indicator");
            assertTrue(browser.getCurrentUrl().contains("view=indicator&id=3.15"), browser.getCurrentUrl());
            WebElement chart = browser.findElement(By.cssSelector("[data-indicator='3.15'] svg"));
            assertEquals(List.of("2023", "2024"), chart.findElements(By.cssSelector("[data-point]")).stream()
                    .map(point -> point.getDomAttribute("data-point")).toList());
            assertEquals(1, chart.findElements(By.cssSelector("[data-line='baseline']")).size());
            assertEquals(1, chart.findElements(By.cssSelector("[data-line='target']")).size());
            String table = browser.findElement(By.cssSelector("[aria-labelledby='chart-heading'] table")).getText();
            assertTrue(table.contains("2024 68 994598759 2"), "the latest revision with who reported it: " + table);
            assertTrue(browser.findElement(By.id("why")).getText().startsWith("Ikke i rute"), browser.findElement(By.id("why")).getText());
            checkAndPhotograph(browser, "indicator");
            browser.navigate().back();
            assertTrue(page(browser, "goal").getText().startsWith("3. "));

            visit(browser, "overview", "");
            assertTrue(browser.findElement(By.id("mine-heading")).isDisplayed(), "a reporter sees their organisation first");
            assertTrue(browser.findElement(By.cssSelector("[data-goal='3'] [data-light]")).isDisplayed());
            checkAndPhotograph(browser, "overview");

            visit(browser, "initiative", "&id=3.Q");
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Helse Vest RHF"));
            checkAndPhotograph(browser, "initiative");

            visit(browser, "delivery", "&id=" + DELIVERY);
            String delivery = browser.findElement(By.tagName("main")).getText();
            assertTrue(delivery.contains("3 Tilpasning og utvidet utprøving eller senere: 2 av 2"), delivery);
            assertTrue(delivery.contains("utproving-vest-15 Forsinket milepæl planlagt"), delivery);
            assertTrue(delivery.contains("Nasjonal eier: Helsedirektoratet."), delivery);
            checkAndPhotograph(browser, "delivery");

            visit(browser, "actor", "&orgnr=" + Organisations.HELSE_VEST);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("3.Q Digital dialog i Helse Vest"));
            checkAndPhotograph(browser, "actor");

            // The roadmap, filtered to the goal by its address: the delivery without planned segments shows its phase and milestone.
            visit(browser, "roadmap", "&goal=" + GOAL);
            WebElement subGoal = browser.findElement(By.cssSelector("[data-subgoal='3.P']"));
            assertEquals(List.of("PLANNED", "TENTATIVE"), subGoal.findElements(By.cssSelector("rect.segment")).stream()
                    .map(segment -> segment.getDomAttribute("data-certainty")).toList());
            assertEquals("5", subGoal.findElement(By.cssSelector("rect[data-certainty='TENTATIVE']"))
                    .getCssValue("stroke-dasharray").replaceAll("[^0-9].*", ""), "tentative is drawn dashed");
            assertEquals(1, subGoal.findElements(By.cssSelector("[data-delay='utproving-vest-15']")).size());
            assertEquals(1, subGoal.findElements(By.cssSelector(".milestone.PLANNED[data-milestone='pilot-15']")).size());
            assertTrue(subGoal.getText().contains(UNPLANNED_DELIVERY + " 2 Utvikling og begrenset utprøving Ingen planlagte faser"),
                    subGoal.getText());
            checkAndPhotograph(browser, "roadmap");

            visit(browser, "council", "&snapshot=" + march);
            assertTrue(browser.findElement(By.id("changes-heading")).getText().contains("mars " + suffix));
            assertTrue(browser.findElements(By.id("freeze-form")).isEmpty(), "a reporter may not freeze snapshots");
            checkAndPhotograph(browser, "council");

            visit(browser, "accessibility", "");
            checkAndPhotograph(browser, "accessibility");

            // Nynorsk, remembered across a reload; the document's language follows.
            browser.findElement(By.cssSelector("button[data-lang='nn']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "nn".equals(
                    b.findElement(By.tagName("html")).getDomAttribute("lang")) && b.findElement(By.id("page-heading")).getText().equals("Tilgjengeerklæring"));
            browser.navigate().refresh();
            assertEquals("Tilgjengeerklæring", page(browser, "accessibility").getText());
            assertEquals("nn", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("Vegkart", browser.findElement(By.cssSelector("a[data-nav='roadmap']")).getText());
            checkAndPhotograph(browser, "accessibility-nn");
            visit(browser, "goal", "&id=" + GOAL);
            checkAndPhotograph(browser, "goal-nn");
            browser.findElement(By.cssSelector("button[data-lang='nb']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "nb".equals(b.findElement(By.tagName("html")).getDomAttribute("lang")));

            // Sign-out is a change: a link to it (GET) or a form without the CSRF token leaves the session be.
            browser.get(root + "web/sign-out");
            assertTrue(browser.getPageSource().contains("sign-out button"), browser.getPageSource());
            @SuppressWarnings("unchecked")
            Map<String, Object> forged = (Map<String, Object>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/web/sign-out', { method: 'POST', redirect: 'manual',
                      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'csrf=forged' })
                      .then(r => done({ status: r.status }));""");
            assertEquals(403L, forged.get("status"));
            visit(browser, "overview", "");

            // Sign-out ends the session here and at Keycloak: the next visit asks for the password again.
            browser.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/dashboard/signed-out.html"));
            checkAndPhotograph(browser, "signed-out");

            signIn(browser, "/dashboard/?view=council", "analytiker", "analytiker-local-only");
            page(browser, "council");
            // A change made with the session cookie but without the CSRF header is refused.
            @SuppressWarnings("unchecked")
            Map<String, Object> refused = (Map<String, Object>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/v1/council/snapshots', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                      body: JSON.stringify({ forum: 'NUFA', meetingDate: '2032-05-01', title: 'Uten CSRF' }) })
                      .then(async r => done({ status: r.status, body: await r.text() }));""");
            assertEquals(403L, refused.get("status"));
            assertTrue(String.valueOf(refused.get("body")).contains("X-CSRF-Token"), String.valueOf(refused.get("body")));
            String title = "Underlag til NUFA " + suffix;
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("freeze-forum"))).selectByValue("NUFA");
            js.executeScript("document.getElementById('freeze-date').value = '2032-05-01'");
            browser.findElement(By.id("freeze-title")).sendKeys(title);
            browser.findElement(By.cssSelector("#freeze-form button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("freeze-result"), "«" + title + "» er frosset"));
            Map<String, String> frozen = new LinkedHashMap<>();
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots").then().statusCode(200)
                    .extract().<List<Map<String, String>>>path("").forEach(s -> frozen.put(s.get("title"), s.get("forum")));
            assertEquals("NUFA", frozen.get(title), "the analyst's snapshot is frozen once, without the refused one");
            assertFalse(frozen.containsKey("Uten CSRF"));
        } catch (AssertionError | RuntimeException e) {
            // What the browser showed when it failed, for the reader of the report.
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve("failure.html"), browser.getPageSource());
            throw e;
        } finally {
            browser.quit();
        }
    }

    @Test
    void machineClientsKeepBearerTokensAndAreNotSentToTheSignIn() {
        given().when().get("/api/v1/status/overview").then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview").then().statusCode(200);
        // A machine client's write needs no CSRF header: no browser adds a bearer token by itself.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NUFA\", \"meetingDate\": \"2032-06-01\", \"title\": \"Maskinklient " + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/council/snapshots").then().statusCode(201);
        // A person's first visit is sent to the identity provider's login with PKCE.
        String location = given().redirects().follow(false).when().get("/dashboard/").then().statusCode(302)
                .extract().header("Location");
        assertTrue(location.contains("/protocol/openid-connect/auth") && location.contains("code_challenge_method=S256")
                && location.contains("client_id=strategioppfolging-dashboard"), location);
    }
}
