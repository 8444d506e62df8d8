package no.ehelse.followup.reporting.consumer;

/** A record that can never be applied (not an envelope, or a payload that breaks its schema): dead-letter it. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
