package no.ehelse.followup.webhook.deliveries;

public enum DeliveryStatus {
    /** Owed: waiting for its next attempt. */
    PENDING,
    /** The subscriber answered 2xx. */
    DELIVERED,
    /** The retry schedule is spent; a redelivery request makes it pending again. */
    FAILED
}
