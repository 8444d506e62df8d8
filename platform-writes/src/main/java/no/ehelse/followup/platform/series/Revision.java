package no.ehelse.followup.platform.series;

/**
 * One stored revision of a series: the entity a {@link Series} keeps, one row per revision.
 *
 * @param <K> the series key, a record of the key columns' values
 * @param <C> what a revision says, a record: two revisions say the same when their contents are equal
 */
public interface Revision<K extends SeriesKey, C> {

    K seriesKey();

    /** 1, 2, 3 … within its series, without gaps. */
    int revisionNumber();

    /** What the revision says, normalised so that the same content sent again compares equal. */
    C content();
}
