package no.ehelse.followup.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value our own reader refused, with a message written for the caller; Jackson adds the path
 * to the field as the error travels up, and {@link ProblemResponses} names both.
 */
public class InputRejection extends JsonMappingException {

    public InputRejection(JsonParser parser, String message) {
        super(parser, message);
    }
}
