package no.ehelse.followup.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A write that honours the {@code Idempotency-Key} request header: a re-send with the same key and
 * the same request gets the original response; the same key with another request is a 422. The
 * annotated resource method must be {@code @Transactional}, so the stored response commits with
 * the write.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";
}
