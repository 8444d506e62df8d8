package no.ehelse.followup.webhook.subscriptions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the subscriptions' signing secrets sealed in the database: AES-256-GCM under the deployment's
 * key ({@code followup.webhooks.secret-key}, 32 bytes in base64, no default outside dev and test), with
 * the subscription's id as associated data, so a database dump or backup does not let anyone sign
 * deliveries, and a sealed secret copied to another subscription does not open. The JDK's own cipher: a
 * library would add nothing to one authenticated encryption with a random nonce.
 */
@Singleton
public class SecretVault {

    static final String SEALED = "aes-gcm:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretVault(@ConfigProperty(name = "followup.webhooks.secret-key") String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("followup.webhooks.secret-key must be 32 bytes in base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("followup.webhooks.secret-key must be 32 bytes in base64, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(UUID subscription, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, subscription, nonce).doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret; an unsealed value is refused (they are all sealed at start, see SubscriptionCatalog). */
    public String open(UUID subscription, String stored) {
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("The signing secret of subscription " + subscription + " is not sealed");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] opened = cipher(Cipher.DECRYPT_MODE, subscription, nonce)
                .doFinal(Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
        return new String(opened, StandardCharsets.UTF_8);
    }

    private SealingCipher cipher(int mode, UUID subscription, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
            return new SealingCipher(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The one call sealing needs, with the checked exception turned into a clear failure. */
    private record SealingCipher(Cipher cipher) {

        byte[] doFinal(byte[] input) {
            try {
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A subscription's secret does not open with followup.webhooks.secret-key: "
                        + "the key has changed or the secret belongs to another subscription", e);
            }
        }
    }
}
