package no.ehelse.followup.reporting.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.ehelse.followup.reporting.goals.GoalAssessment.Overall;

/** Where the lines of the overall rule fall: a third of the signals. */
class GoalAssessorTest {

    @ParameterizedTest(name = "{0} on track, {1} at risk, {2} off track: {3}")
    @CsvSource({
            "0, 0, 0, NO_DATA",
            "5, 0, 0, ON_TRACK",
            "3, 1, 0, ON_TRACK",
            "2, 1, 0, AT_RISK",
            "3, 0, 1, ON_TRACK",
            "2, 0, 1, OFF_TRACK",
            "1, 1, 1, OFF_TRACK",
            "4, 1, 1, AT_RISK",
            "0, 3, 0, AT_RISK",
            "0, 0, 1, OFF_TRACK" })
    void oneSignalInThreeDecides(int onTrack, int atRisk, int offTrack, Overall expected) {
        assertEquals(expected, GoalAssessor.overall(onTrack, atRisk, offTrack));
    }
}
