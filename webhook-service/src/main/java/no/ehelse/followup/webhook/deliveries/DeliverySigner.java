package no.ehelse.followup.webhook.deliveries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The headers of a delivery as Standard Webhooks defines them: {@code webhook-id} (the event id, the same
 * on every attempt, so a subscriber drops duplicates), {@code webhook-timestamp} (seconds since the epoch)
 * and {@code webhook-signature} ({@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body} with
 * the subscription's secret). Subscribers verify with any Standard Webhooks library.
 */
final class DeliverySigner {

    private DeliverySigner() {
    }

    /** With several secrets (a rotation's overlap) the signature header lists one signature per secret. */
    static Map<String, String> headers(List<String> secrets, String messageId, long timestamp, String body) {
        try {
            List<String> signatures = new ArrayList<>();
            for (String secret : secrets) {
                signatures.add(new Webhook(secret).sign(messageId, timestamp, body));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", messageId);
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", String.join(" ", signatures));
            return headers;
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("The subscription's secret cannot sign", e);
        }
    }
}
