package no.ehelse.followup.indicator.imports;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;

/**
 * Runs imports after their request has been answered (202), one at a time per instance, recording
 * each in {@code measurement_import_job}. A running job's heartbeat is refreshed every few seconds;
 * a job whose heartbeat is older than {@code followup.import.job-stale-after} — its instance stopped
 * or crashed — is marked FAILED, so no job is ever silently lost.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    @Inject
    MeasurementImporter importer;

    @Inject
    Today today;

    @ConfigProperty(name = "followup.import.job-stale-after", defaultValue = "60s")
    Duration staleAfter;

    /** The jobs this instance is running: the ones whose heartbeat it refreshes. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "measurement-import");
        thread.setDaemon(true);
        return thread;
    });

    /** Records the job and queues it; the spooled file is deleted when it ends. */
    ImportJob submit(SpooledImport file, SpooledImport.Scan scan, ImportCaller caller, boolean dryRun, boolean atomic) {
        ImportJobEntity job = new ImportJobEntity();
        job.id = UUID.randomUUID();
        job.reporter = caller.reporter();
        job.state = ImportJobEntity.State.RUNNING;
        job.dryRun = dryRun;
        job.atomic = atomic;
        job.rowsTotal = scan.rows();
        job.submittedAt = today.now();
        job.updatedAt = job.submittedAt;
        QuarkusTransaction.requiringNew().run(job::persist);
        running.add(job.id);
        UUID id = job.id;
        worker.submit(() -> run(id, file, scan, caller, dryRun, atomic));
        return job.toJob();
    }

    private void run(UUID id, SpooledImport file, SpooledImport.Scan scan, ImportCaller caller, boolean dryRun,
            boolean atomic) {
        try (file) {
            ImportSummary summary = importer.run(file, scan, caller, dryRun, atomic, done -> update(id, job -> {
                job.rowsDone = done;
            }));
            update(id, job -> {
                job.state = ImportJobEntity.State.DONE;
                job.rowsDone = summary.rows();
                job.summary = summary;
                job.finishedAt = today.now();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed", id);
            String reason = e instanceof ProblemException problem ? problem.getMessage()
                    : "the import failed (" + e.getClass().getSimpleName() + ")";
            failed(id, reason + (atomic || dryRun ? "; nothing was written" : "; chunks committed before are kept"));
        } finally {
            running.remove(id);
        }
    }

    /** The job, if the caller may see it: its organisation's, or any for an admin. */
    ImportJob find(UUID id, String organisation, boolean admin) {
        sweep();
        ImportJobEntity job = QuarkusTransaction.requiringNew().call(() -> ImportJobEntity.<ImportJobEntity> findById(id));
        if (job == null || !(admin || job.reporter.equals(organisation))) {
            throw ProblemException.notFound("Import job " + id);
        }
        return job.toJob();
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        for (UUID id : running) {
            update(id, job -> {
            });
        }
    }

    /** Jobs whose instance stopped answering — this one before a restart, or another — are failed. */
    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> ImportJobEntity.update(
                "state = ?1, error = ?2, finishedAt = ?3 where state = ?4 and updatedAt < ?5",
                ImportJobEntity.State.FAILED,
                "the service stopped while the import ran; an atomic import or dry run wrote nothing, "
                        + "a non-atomic import kept the chunks committed before",
                today.now(), ImportJobEntity.State.RUNNING, today.now().minus(staleAfter)));
    }

    void onStart(@Observes StartupEvent start) {
        sweep();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        for (UUID id : running) {
            failed(id, "the service stopped while the import ran");
        }
    }

    private void failed(UUID id, String reason) {
        update(id, job -> {
            job.state = ImportJobEntity.State.FAILED;
            job.error = reason;
            job.finishedAt = today.now();
        });
    }

    private void update(UUID id, java.util.function.Consumer<ImportJobEntity> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJobEntity job = ImportJobEntity.findById(id);
            if (job != null && job.state == ImportJobEntity.State.RUNNING) {
                change.accept(job);
                job.updatedAt = today.now();
            }
        });
    }
}
