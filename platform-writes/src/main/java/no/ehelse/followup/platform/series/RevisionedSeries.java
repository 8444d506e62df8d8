package no.ehelse.followup.platform.series;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * The one way a revisioned series is written (measurements, status reports): find the current
 * revision, compare contents by value equality, supersede it, insert the next revision and append its
 * event. The same content again writes nothing. Callers hold a lock that serialises the writers of a
 * series (its parent aggregate's row), so revision numbers have no gaps.
 * <p>
 * {@link #current} and {@link #supersede} take many keys at once, one statement each, so a
 * set-based import of a chunk of rows can use them as they are.
 */
@ApplicationScoped
public class RevisionedSeries {

    /** The revision a write left current, and whether it is new, a correction or the one there was. */
    public record Revised<E>(E revision, WriteOutcome outcome) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    /**
     * @param nextRevision the new revision with the given number: key, content and who/when set,
     *                     {@code current} true; not yet persisted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <K extends SeriesKey, C, E extends Revision<K, C>> Revised<E> revise(Series<K, C, E> series, K key, C content,
            IntFunction<E> nextRevision) {
        E current = current(series, List.of(key)).get(key);
        if (current != null && current.content().equals(content)) {
            return new Revised<>(current, WriteOutcome.UNCHANGED);
        }
        int number = current == null ? 1 : current.revisionNumber() + 1;
        E revision = nextRevision.apply(number);
        if (revision.revisionNumber() != number || !revision.seriesKey().equals(key) || !revision.content().equals(content)) {
            throw new IllegalStateException("the next revision of " + key + " must be number " + number + " with the "
                    + "content asked for");
        }
        if (current != null) {
            // The old revision stops being current before the new one is inserted (one current per series).
            supersede(series, List.of(key));
        }
        entityManager.persist(revision);
        outbox.append(series.aggregateType(), series.aggregateId().apply(key), number,
                current == null ? series.firstEvent() : series.correctionEvent(), series.schemaVersion(),
                series.payload().apply(revision));
        return new Revised<>(revision, current == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
    }

    /** The current revision of each key that has one, in one query; keys without a revision are absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <K extends SeriesKey, E extends Revision<K, ?>> Map<K, E> current(Series<K, ?, E> series, Collection<K> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Query query = entityManager.createNativeQuery("select * from " + series.table() + " where current and "
                + keyIn(series, distinct.size()), series.entity());
        bind(query, distinct);
        @SuppressWarnings("unchecked")
        List<E> found = query.getResultList();
        return found.stream().collect(Collectors.toMap(Revision::seriesKey, Function.identity()));
    }

    /**
     * Makes the current revisions of these keys no longer current, in one statement, so that new
     * revisions can be inserted; the rows in this persistence context keep their loaded state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <K extends SeriesKey> int supersede(Series<K, ?, ?> series, Collection<K> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Query update = entityManager.createNativeQuery("update " + series.table() + " set current = false where current and "
                + keyIn(series, distinct.size()));
        bind(update, distinct);
        return update.executeUpdate();
    }

    /** {@code (a, b, c) in ((?1, ?2, ?3), (?4, ?5, ?6), …)}: the table's names come from code, the values are bound. */
    private static String keyIn(Series<?, ?, ?> series, int keys) {
        int width = series.keyColumns().size();
        StringBuilder sql = new StringBuilder("(").append(String.join(", ", series.keyColumns())).append(") in (");
        for (int k = 0; k < keys; k++) {
            sql.append(k == 0 ? "(" : ", (");
            for (int c = 1; c <= width; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(k * width + c);
            }
            sql.append(')');
        }
        return sql.append(')').toString();
    }

    private static void bind(Query query, List<? extends SeriesKey> keys) {
        int position = 1;
        for (SeriesKey key : keys) {
            for (Object value : key.columnValues()) {
                query.setParameter(position++, value);
            }
        }
    }
}
