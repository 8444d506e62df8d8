package no.ehelse.followup.platform.series;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * The one way a revisioned series is written (measurements, status reports): find the current
 * revision, compare contents by value equality, supersede it, insert the next revision and append its
 * event (unless the series is {@linkplain Series#publishedByParent published by its parent}). The same
 * content again writes nothing. Callers hold a lock that serialises the writers of a
 * series (its parent aggregate's row, or an {@code AggregateLock} on the series' key), so revision
 * numbers have no gaps.
 * <p>
 * {@link #current} and {@link #supersede} take many keys at once, one statement each, so a
 * set-based import of a chunk of rows can use them as they are.
 */
@ApplicationScoped
public class RevisionedSeries {

    /** The revision a write left current, and whether it is new, a correction or the one there was. */
    public record Revised<E>(E revision, WriteOutcome outcome) {
    }

    /** One write asked for: the series and what its current revision should say. */
    public record Change<K, C>(K key, C content) {
    }

    /** Inserts new revisions with plain JDBC (one batch) on the transaction's connection. */
    @FunctionalInterface
    public interface RevisionRows<E> {
        void insert(Connection connection, List<E> revisions) throws SQLException;
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
        E revision = checked(nextRevision.apply(number), key, number, content);
        if (current != null) {
            // The old revision stops being current before the new one is inserted (one current per series).
            supersede(series, List.of(key));
        }
        entityManager.persist(revision);
        Series.Events<K, E> own = series.events();
        if (own != null) {
            outbox.append(own.aggregateType(), own.aggregateId().apply(key), number,
                    current == null ? own.firstEvent() : own.correctionEvent(), own.schemaVersion(),
                    own.payload().apply(revision));
        }
        return new Revised<>(revision, current == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
    }

    /**
     * The set-based form of {@link #revise} for many changes in one transaction (an import's chunk), with
     * the same outcome and events as making them one by one in the order given: one query for the
     * current revisions, one batch insert of the new revisions, one statement superseding the old ones,
     * one batch of events. A series changed twice in the list gets two revisions (a second "generation",
     * inserted after the first is superseded, so at most one is ever current).
     *
     * @param nextRevision the new revision a change makes, with the given number, {@code current} true
     * @param rows         inserts new revisions of this series' table
     * @param actor        who the events name
     * @return each change's outcome, in the order given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <K extends SeriesKey, C, E extends Revision<K, C>> List<WriteOutcome> reviseAll(Series<K, C, E> series,
            List<Change<K, C>> changes, BiFunction<Change<K, C>, Integer, E> nextRevision, RevisionRows<E> rows, EventActor actor) {
        Map<K, E> stored = current(series, changes.stream().map(Change::key).toList());
        Map<K, Revision<K, C>> latest = new HashMap<>(stored);
        Map<K, Integer> written = new HashMap<>();
        List<List<E>> generations = new ArrayList<>();
        List<WriteOutcome> outcomes = new ArrayList<>(changes.size());
        List<EventOutbox.Draft> events = new ArrayList<>();
        for (Change<K, C> change : changes) {
            K key = change.key();
            Revision<K, C> before = latest.get(key);
            if (before != null && before.content().equals(change.content())) {
                outcomes.add(WriteOutcome.UNCHANGED);
                continue;
            }
            int number = before == null ? 1 : before.revisionNumber() + 1;
            E revision = checked(nextRevision.apply(change, number), key, number, change.content());
            latest.put(key, revision);
            int generation = written.merge(key, 1, Integer::sum) - 1;
            if (generation == generations.size()) {
                generations.add(new ArrayList<>());
            }
            generations.get(generation).add(revision);
            outcomes.add(number == 1 ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
            Series.Events<K, E> own = series.events();
            if (own != null) {
                events.add(new EventOutbox.Draft(own.aggregateType(), own.aggregateId().apply(key), number,
                        number == 1 ? own.firstEvent() : own.correctionEvent(), own.schemaVersion(),
                        own.payload().apply(revision)));
            }
        }
        for (List<E> generation : generations) {
            // The revisions these replace stop being current before they are inserted (one current per series).
            supersede(series, generation.stream().filter(r -> r.revisionNumber() > 1).map(Revision::seriesKey).toList());
            entityManager.unwrap(Session.class).doWork(connection -> rows.insert(connection, generation));
        }
        outbox.appendAll(actor, events);
        return outcomes;
    }

    private static <K extends SeriesKey, C, E extends Revision<K, C>> E checked(E revision, K key, int number, C content) {
        if (revision.revisionNumber() != number || !revision.seriesKey().equals(key) || !revision.content().equals(content)) {
            throw new IllegalStateException("the next revision of " + key + " must be number " + number + " with the "
                    + "content asked for");
        }
        return revision;
    }

    /** The current revision of each key that has one, in one query; keys without a revision are absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <K extends SeriesKey, E extends Revision<K, ?>> Map<K, E> current(Series<K, ?, E> series, Collection<K> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Query query = entityManager.createNativeQuery("select t.* from " + keyValues(series, distinct.size())
                + " cross join lateral " + currentOf(series, "c.*") + " t", series.entity());
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
        Query update = entityManager.createNativeQuery("update " + series.table() + " set current = false where ctid = "
                + "any(array(select t.ctid from " + keyValues(series, distinct.size()) + " cross join lateral "
                + currentOf(series, "c.ctid") + " t))");
        bind(update, distinct);
        return update.executeUpdate();
    }

    /**
     * {@code (values (?1, ?2, ?3), (?4, ?5, ?6), …) as k (k1, k2, k3)}: the keys as a relation, each joined
     * to its current row through {@link #currentOf}. (A row-value IN list of a thousand keys takes seconds
     * to plan; a plain join of the list is planned as a hash join over the whole table.) The table's names
     * come from code, the values are bound.
     */
    private static String keyValues(Series<?, ?, ?> series, int keys) {
        int width = series.keyColumns().size();
        StringBuilder sql = new StringBuilder("(values ");
        for (int k = 0; k < keys; k++) {
            sql.append(k == 0 ? "(" : ", (");
            for (int c = 1; c <= width; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(k * width + c);
            }
            sql.append(')');
        }
        sql.append(") as k (");
        for (int c = 1; c <= width; c++) {
            sql.append(c == 1 ? "k" : ", k").append(c);
        }
        return sql.append(')').toString();
    }

    /**
     * The current row of key {@code k}, a lateral subquery: its {@code limit 1} (there is at most one)
     * keeps the planner from flattening it, so each key is one probe of the key's index, whatever the
     * table's size.
     */
    private static String currentOf(Series<?, ?, ?> series, String columns) {
        StringBuilder sql = new StringBuilder("(select ").append(columns).append(" from ").append(series.table())
                .append(" c where c.current");
        for (int c = 0; c < series.keyColumns().size(); c++) {
            sql.append(" and c.").append(series.keyColumns().get(c)).append(" = k.k").append(c + 1);
        }
        return sql.append(" limit 1)").toString();
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
