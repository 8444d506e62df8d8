package no.ehelse.followup.reporting.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.reporting.api.Overview;
import no.ehelse.followup.reporting.goals.GoalAssessment;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;

/** A snapshot as CSV (one row per indicator) and as a printable briefing in Norwegian. */
@ApplicationScoped
public class SnapshotExports {

    static final List<String> COLUMNS = List.of("goal", "indicator", "name", "latestPeriod", "latestValue", "baseline",
            "target", "targetDue", "progress", "expectedProgress", "classification", "trend");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

    public String csv(CouncilSnapshot snapshot) {
        List<List<Object>> rows = new ArrayList<>();
        for (Overview.GoalStatus goal : snapshot.view().goals()) {
            for (IndicatorFollowUp indicator : goal.indicators()) {
                IndicatorAssessment assessment = indicator.assessment();
                var target = assessment == null ? null : assessment.target();
                rows.add(Arrays.asList(
                        goal.id(),
                        indicator.indicator().id(),
                        indicator.indicator().name(),
                        indicator.latest() == null ? null : indicator.latest().period(),
                        indicator.latest() == null ? null : indicator.latest().value(),
                        assessment == null ? null : assessment.baseline(),
                        target == null ? null : target.value(),
                        target == null ? null : target.due(),
                        assessment == null ? null : assessment.progress(),
                        assessment == null ? null : assessment.expectedProgress(),
                        assessment == null ? null : assessment.classification(),
                        assessment == null ? null : assessment.trend()));
            }
        }
        return SpreadsheetCsv.write(COLUMNS, rows);
    }

    public String briefing(CouncilSnapshot snapshot) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nb">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
                  h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
                  h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 2px solid #025169; }
                  table { border-collapse: collapse; width: 100%%; font-size: 0.9rem; }
                  th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #ccc; vertical-align: top; }
                  td.number { text-align: right; white-space: nowrap; }
                  .ON_TRACK, .GREEN { color: #06893a; } .AT_RISK, .YELLOW { color: #a15c00; } .OFF_TRACK, .RED { color: #c30000; }
                  .NO_DATA, .NO_TARGET, .AWAITING_MEASUREMENT { color: #666; }
                  @media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                <p>Underlag til %s, møte %s. Status for Nasjonal e-helsestrategi 2023–2030 per %s.</p>
                """.formatted(escape(snapshot.title()), escape(snapshot.title()), escape(snapshot.forum().title()),
                NORWEGIAN_DATE.format(snapshot.meetingDate()),
                NORWEGIAN_DATE.format(snapshot.createdAt().atZone(java.time.ZoneId.of("Europe/Oslo")))));
        for (Overview.GoalStatus goal : snapshot.view().goals()) {
            html.append("<h2>Mål ").append(escape(goal.id())).append(": ").append(escape(goal.name())).append("</h2>\n");
            if (goal.assessment() != null) {
                html.append("<p>Samlet vurdering: <strong class=\"").append(goal.assessment().overall()).append("\">")
                        .append(norwegian(goal.assessment().overall())).append("</strong></p>\n");
            }
            initiatives(html, goal);
            delayedDeliveries(html, goal);
            if (goal.indicators().isEmpty()) {
                html.append("<p>Ingen målindikatorer.</p>\n");
                continue;
            }
            html.append("<table><thead><tr><th>Målindikator</th><th>Siste måling</th><th>Utgangspunkt</th>"
                    + "<th>Mål</th><th>Framdrift</th><th>Vurdering</th></tr></thead><tbody>\n");
            for (IndicatorFollowUp indicator : goal.indicators()) {
                IndicatorAssessment assessment = indicator.assessment();
                html.append("<tr><td>").append(escape(indicator.indicator().id())).append(' ')
                        .append(escape(indicator.indicator().name())).append("</td><td class=\"number\">")
                        .append(indicator.latest() == null ? "–"
                                : escape(plain(indicator.latest().value())) + " (" + escape(indicator.latest().period()) + ")")
                        .append("</td><td>").append(escape(indicator.indicator().baseline() == null ? "–"
                                : indicator.indicator().baseline().text()))
                        .append("</td><td>").append(assessment == null || assessment.target() == null ? "–"
                                : escape(assessment.target().text()))
                        .append("</td><td class=\"number\">").append(assessment == null || assessment.progress() == null ? "–"
                                : percent(assessment.progress()) + " (forventet " + percent(assessment.expectedProgress()) + ")")
                        .append("</td><td class=\"").append(assessment == null ? "" : assessment.classification())
                        .append("\">").append(assessment == null ? "–" : norwegian(assessment.classification()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void initiatives(StringBuilder html, Overview.GoalStatus goal) {
        if (goal.initiatives() == null || goal.initiatives().isEmpty()) {
            return;
        }
        html.append("<table><thead><tr><th>Strategisk initiativ</th><th>Status</th><th>Forfalte rapporter</th></tr></thead>"
                + "<tbody>\n");
        for (InitiativeStatus initiative : goal.initiatives()) {
            TrafficLight status = initiative.currentStatus().overallStatus();
            html.append("<tr><td>").append(escape(initiative.initiative().id())).append(' ')
                    .append(escape(initiative.initiative().name())).append("</td><td class=\"")
                    .append(status == null ? "NO_DATA" : status).append("\">").append(norwegian(status))
                    .append("</td><td>").append(initiative.reporting().overdueReports().stream()
                            .map(report -> escape(report.ownerName() != null ? report.ownerName() : "initiativet") + " ("
                                    + escape(report.period()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void delayedDeliveries(StringBuilder html, Overview.GoalStatus goal) {
        if (goal.delayedDeliveries() == null || goal.delayedDeliveries().isEmpty()) {
            return;
        }
        html.append("<p>Vesentlig forsinket i veikartet: ").append(goal.delayedDeliveries().stream()
                .map(delivery -> escape(delivery.delivery().name()) + " (" + delivery.delayedMilestones().stream()
                        .map(milestone -> escape(milestone.name()) + ", " + milestone.delayDays() + " dager")
                        .collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", "))).append("</p>\n");
    }

    static String norwegian(GoalAssessment.Overall overall) {
        return switch (overall) {
            case ON_TRACK -> "I rute";
            case AT_RISK -> "Risiko for avvik";
            case OFF_TRACK -> "Ikke i rute";
            case NO_DATA -> "Mangler data";
        };
    }

    static String norwegian(TrafficLight status) {
        if (status == null) {
            return "Ingen gjeldende rapport";
        }
        return switch (status) {
            case GREEN -> "Grønn: i rute";
            case YELLOW -> "Gul: noe avvik";
            case RED -> "Rød: vesentlig avvik";
        };
    }

    static String norwegian(IndicatorAssessment.Classification classification) {
        return switch (classification) {
            case ON_TRACK -> "I rute";
            case AT_RISK -> "Risiko for avvik";
            case OFF_TRACK -> "Ikke i rute";
            case NO_DATA -> "Mangler data";
            case NO_TARGET -> "Mangler måltall";
            case AWAITING_MEASUREMENT -> "Venter på ny måling";
        };
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
