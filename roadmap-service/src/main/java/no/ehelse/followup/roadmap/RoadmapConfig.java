package no.ehelse.followup.roadmap;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.roadmap")
public interface RoadmapConfig {

    /**
     * A milestone is significantly delayed when its delay exceeds this many days. The default, 90,
     * is one quarter: the roadmap plans in quarters, so a slip within a quarter stays in the same
     * column of the roadmap, while a longer one moves the milestone to a later quarter.
     */
    @WithDefault("90")
    @Min(0)
    int significantDelayDays();
}
