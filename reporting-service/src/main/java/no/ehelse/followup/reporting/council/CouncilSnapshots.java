package no.ehelse.followup.reporting.council;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.reporting.api.OverviewAssembler;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp.MeasuredValue;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.roadmap.DeliveryDelays;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;

/** Freezes the view for council meetings, and tells what changed between two meetings. */
@ApplicationScoped
public class CouncilSnapshots {

    @Inject
    OverviewAssembler overview;

    @Inject
    RoadmapQueries roadmap;

    @Inject
    CallerIdentity caller;

    private final ObjectMapper json;

    @Inject
    CouncilSnapshots(ObjectMapper json) {
        // A snapshot is read back by later versions of the service: fields they no longer know are ignored.
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Transactional
    public CouncilSnapshot freeze(SnapshotRequest request) {
        CouncilSnapshotEntity snapshot = new CouncilSnapshotEntity();
        snapshot.id = UUID.randomUUID();
        snapshot.forum = request.forum();
        snapshot.meetingDate = request.meetingDate();
        snapshot.title = request.title();
        snapshot.createdAt = Instant.now();
        snapshot.createdBy = caller.organisation().orElseGet(caller::client);
        SnapshotContent view = new SnapshotContent(overview.goals(), roadmap.roadmap(), overview.freshness());
        snapshot.content = write(view);
        snapshot.persist();
        return toSnapshot(snapshot, view);
    }

    public List<CouncilSnapshot> list() {
        return CouncilSnapshotEntity.<CouncilSnapshotEntity> listAll(Sort.descending("meetingDate", "createdAt")).stream()
                .map(s -> toSnapshot(s, null))
                .toList();
    }

    public CouncilSnapshot get(UUID id) {
        CouncilSnapshotEntity snapshot = find(id);
        return toSnapshot(snapshot, read(snapshot.content));
    }

    /**
     * From {@code from} to {@code to}: new and corrected measurements, changed classifications, new
     * indicators, changed initiative statuses, newly delayed milestones and phase changes.
     */
    public SnapshotDifference difference(UUID from, UUID to) {
        SnapshotContent fromView = get(from).view();
        SnapshotContent toView = get(to).view();
        Map<String, IndicatorFollowUp> before = indicators(fromView);
        Map<String, IndicatorFollowUp> after = indicators(toView);
        List<SnapshotDifference.MeasurementChange> added = new ArrayList<>();
        List<SnapshotDifference.MeasurementChange> corrected = new ArrayList<>();
        List<SnapshotDifference.StatusChange> statuses = new ArrayList<>();
        List<String> newIndicators = new ArrayList<>();
        for (IndicatorFollowUp now : after.values()) {
            String id = now.indicator().id();
            IndicatorFollowUp then = before.get(id);
            if (then == null) {
                newIndicators.add(id);
            }
            Map<String, MeasuredValue> earlier = new HashMap<>();
            if (then != null) {
                then.measurements().forEach(m -> earlier.put(m.period() + "|" + m.reportedBy(), m));
            }
            for (MeasuredValue measured : now.measurements()) {
                MeasuredValue previous = earlier.get(measured.period() + "|" + measured.reportedBy());
                if (previous == null) {
                    added.add(change(now, measured, null));
                } else if (previous.revision() != measured.revision()) {
                    corrected.add(change(now, measured, previous));
                }
            }
            var was = then == null || then.assessment() == null ? null : then.assessment().classification();
            var is = now.assessment() == null ? null : now.assessment().classification();
            if (then != null && !Objects.equals(was, is)) {
                statuses.add(new SnapshotDifference.StatusChange(id, now.indicator().name(), was, is));
            }
        }
        return new SnapshotDifference(from, to, added, corrected, statuses, newIndicators, initiativeChanges(fromView, toView),
                newlyDelayed(fromView, toView), phaseChanges(fromView, toView));
    }

    private static List<SnapshotDifference.InitiativeStatusChange> initiativeChanges(SnapshotContent then, SnapshotContent now) {
        Map<String, InitiativeStatus> before = initiatives(then);
        List<SnapshotDifference.InitiativeStatusChange> changes = new ArrayList<>();
        for (InitiativeStatus initiative : initiatives(now).values()) {
            InitiativeStatus earlier = before.get(initiative.initiative().id());
            TrafficLight was = earlier == null ? null : earlier.currentStatus().overallStatus();
            TrafficLight is = initiative.currentStatus().overallStatus();
            if (!Objects.equals(was, is)) {
                changes.add(new SnapshotDifference.InitiativeStatusChange(initiative.initiative().id(),
                        initiative.initiative().name(), was, is));
            }
        }
        return changes;
    }

    private static List<SnapshotDifference.DelayedMilestone> newlyDelayed(SnapshotContent then, SnapshotContent now) {
        Map<String, Delivery> before = deliveries(then);
        List<SnapshotDifference.DelayedMilestone> delayed = new ArrayList<>();
        for (Delivery delivery : deliveries(now).values()) {
            Delivery earlier = before.get(delivery.id());
            Set<String> wasDelayed = earlier == null ? Set.of()
                    : DeliveryDelays.delayedOf(earlier).stream().map(Milestone::id).collect(Collectors.toSet());
            for (Milestone milestone : DeliveryDelays.delayedOf(delivery)) {
                if (!wasDelayed.contains(milestone.id())) {
                    delayed.add(new SnapshotDifference.DelayedMilestone(delivery.id(), delivery.name(), milestone.id(),
                            milestone.name(), milestone.delayDays()));
                }
            }
        }
        return delayed;
    }

    private static List<SnapshotDifference.PhaseChange> phaseChanges(SnapshotContent then, SnapshotContent now) {
        Map<String, Delivery> before = deliveries(then);
        List<SnapshotDifference.PhaseChange> changes = new ArrayList<>();
        for (Delivery delivery : deliveries(now).values()) {
            Delivery earlier = before.get(delivery.id());
            Phase was = earlier == null ? null : earlier.phase();
            if (earlier == null || !Objects.equals(was, delivery.phase())) {
                changes.add(new SnapshotDifference.PhaseChange(delivery.id(), delivery.name(), was, delivery.phase()));
            }
        }
        return changes;
    }

    /** A snapshot from before initiatives were in the view has none. */
    private static Map<String, InitiativeStatus> initiatives(SnapshotContent view) {
        Map<String, InitiativeStatus> initiatives = new LinkedHashMap<>();
        view.goals().stream().filter(goal -> goal.initiatives() != null)
                .forEach(goal -> goal.initiatives().forEach(i -> initiatives.put(i.initiative().id(), i)));
        return initiatives;
    }

    /** A snapshot from before the roadmap was in the view has no deliveries. */
    private static Map<String, Delivery> deliveries(SnapshotContent view) {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        if (view.roadmap() != null) {
            view.roadmap().subGoals().forEach(subGoal -> subGoal.deliveries().forEach(d -> deliveries.put(d.id(), d)));
        }
        return deliveries;
    }

    private static SnapshotDifference.MeasurementChange change(IndicatorFollowUp indicator, MeasuredValue measured,
            MeasuredValue previous) {
        return new SnapshotDifference.MeasurementChange(indicator.indicator().id(), indicator.indicator().name(),
                measured.period(), measured.reportedBy(), previous == null ? null : previous.value(), measured.value());
    }

    private static Map<String, IndicatorFollowUp> indicators(SnapshotContent view) {
        Map<String, IndicatorFollowUp> indicators = new LinkedHashMap<>();
        view.goals().forEach(goal -> goal.indicators().forEach(i -> indicators.put(i.indicator().id(), i)));
        return indicators;
    }

    private static CouncilSnapshotEntity find(UUID id) {
        return CouncilSnapshotEntity.<CouncilSnapshotEntity> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Council snapshot " + id));
    }

    private static CouncilSnapshot toSnapshot(CouncilSnapshotEntity snapshot, SnapshotContent view) {
        return new CouncilSnapshot(snapshot.id, snapshot.forum, snapshot.meetingDate, snapshot.title, snapshot.createdAt,
                snapshot.createdBy, view);
    }

    private String write(SnapshotContent view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The view cannot be serialised", e);
        }
    }

    private SnapshotContent read(String content) {
        try {
            return json.readValue(content, SnapshotContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored snapshot cannot be read", e);
        }
    }
}
