package no.ehelse.followup.reporting.consumer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ehelse.followup.platform.problem.ProblemException;

/** Records each rebuild's progress, each change in a transaction of its own, so any replica can report it. */
@ApplicationScoped
public class RebuildJobs {

    @Schema(name = "RebuildJob", description = "A rebuild of the view from the event topics")
    public record Job(
            UUID id,
            @Schema(description = "RUNNING until the rebuilt view is served and caught up; DONE; FAILED with the failure "
                    + "(the view served is then the old one)") RebuildJob.State state,
            Instant startedAt,
            Instant finishedAt,
            @Schema(description = "The records on the topics to replay, as far as known so far") long records,
            @Schema(description = "Events applied to the rebuilt view (including stale versions, which change nothing)")
            long applied,
            @Schema(description = "Records whose event id had been applied already: re-sent duplicates") long duplicates,
            @Schema(description = "Records that cannot be applied, skipped again (parked)") long poison,
            String failure) {

        static Job of(RebuildJob job) {
            return new Job(job.id, job.state, job.startedAt, job.finishedAt, job.records, job.applied, job.duplicates,
                    job.poison, job.failure);
        }
    }

    Job started() {
        return QuarkusTransaction.requiringNew().call(() -> {
            RebuildJob job = new RebuildJob();
            job.id = UUID.randomUUID();
            job.state = RebuildJob.State.RUNNING;
            job.startedAt = Instant.now();
            job.persist();
            return Job.of(job);
        });
    }

    void records(UUID id, long records) {
        QuarkusTransaction.requiringNew().run(() -> RebuildJob.<RebuildJob> findById(id).records = records);
    }

    void progress(UUID id, long applied, long duplicates, long poison) {
        QuarkusTransaction.requiringNew().run(() -> counted(id, applied, duplicates, poison));
    }

    void done(UUID id, long applied, long duplicates, long poison) {
        QuarkusTransaction.requiringNew().run(() -> {
            RebuildJob job = counted(id, applied, duplicates, poison);
            job.state = RebuildJob.State.DONE;
            job.finishedAt = Instant.now();
        });
    }

    private static RebuildJob counted(UUID id, long applied, long duplicates, long poison) {
        RebuildJob job = RebuildJob.findById(id);
        job.applied = applied;
        job.duplicates = duplicates;
        job.poison = poison;
        return job;
    }

    void failed(UUID id, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            RebuildJob job = RebuildJob.findById(id);
            job.state = RebuildJob.State.FAILED;
            job.failure = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
            job.finishedAt = Instant.now();
        });
    }

    /** @throws ProblemException 404 for an unknown id */
    public Job job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> RebuildJob.<RebuildJob> findByIdOptional(id).map(Job::of)
                .orElseThrow(() -> ProblemException.notFound("Rebuild " + id)));
    }
}
