package no.ehelse.followup.platform.series;

import java.util.List;
import java.util.function.Function;

/**
 * A kind of revisioned series and where it is stored: a table with one row per revision, the key
 * columns, a {@code revision} number and a {@code current} flag that a partial unique index holds to
 * one row per key.
 *
 * @param entity     the revision entity mapped on {@code table}
 * @param table      the table's name
 * @param keyColumns the columns of the series key, in the order of {@link SeriesKey#columnValues()}
 * @param events     the events of its own each revision appends, or {@code null} for a series whose
 *                   writer publishes the state of the aggregate the series belongs to instead (a
 *                   delivery's progress reports are published as the delivery)
 */
public record Series<K extends SeriesKey, C, E extends Revision<K, C>>(Class<E> entity, String table,
        List<String> keyColumns, Events<K, E> events) {

    /**
     * The event a revision appends, which carries the revision as the aggregate version.
     *
     * @param aggregateType   the event's aggregate type
     * @param aggregateId     the event's aggregate id for a key
     * @param firstEvent      the event type of revision 1
     * @param correctionEvent the event type of every later revision
     * @param schemaVersion   the payload's schema version
     * @param payload         the event payload of a revision as written
     */
    public record Events<K, E>(String aggregateType, Function<K, String> aggregateId, String firstEvent,
            String correctionEvent, int schemaVersion, Function<E, Object> payload) {
    }

    public Series {
        keyColumns = List.copyOf(keyColumns);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one key column");
        }
    }

    /** A series whose revisions are published as events of their own. */
    public Series(Class<E> entity, String table, List<String> keyColumns, String aggregateType,
            Function<K, String> aggregateId, String firstEvent, String correctionEvent, int schemaVersion,
            Function<E, Object> payload) {
        this(entity, table, keyColumns, new Events<>(aggregateType, aggregateId, firstEvent, correctionEvent,
                schemaVersion, payload));
    }

    /** A series whose writer publishes the aggregate it belongs to, so its revisions append no event. */
    public static <K extends SeriesKey, C, E extends Revision<K, C>> Series<K, C, E> publishedByParent(Class<E> entity,
            String table, List<String> keyColumns) {
        return new Series<>(entity, table, keyColumns, null);
    }
}
