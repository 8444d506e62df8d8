package no.ehelse.followup.platform.series;

import java.util.List;

/** Identifies one series: the values of its {@link Series#keyColumns()}, in their order. */
public interface SeriesKey {

    List<Object> columnValues();
}
