package no.ehelse.followup.platform.rules;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The initiatives' reporting calendar settings, read alike by initiative-service and reporting-service. */
@ConfigMapping(prefix = "followup.initiatives")
public interface InitiativeFollowUpConfig {

    /**
     * Days after a reporting period ends within which its status report is due. 30 gives the owners
     * about a month, as the national portfolio collects status after each tertial.
     */
    @WithDefault("30")
    @Min(0)
    int reportGraceDays();

    /**
     * How many of the latest closed periods an owner's latest report may be behind and still count
     * for the initiative's current status. 2: one missed report does not blank the status, two do.
     */
    @WithDefault("2")
    @Min(1)
    int countedPeriods();
}
