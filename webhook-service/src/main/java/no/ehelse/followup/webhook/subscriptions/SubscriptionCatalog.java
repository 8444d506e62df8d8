package no.ehelse.followup.webhook.subscriptions;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.webhook.events.EventFacts;

/**
 * Subscriptions, each the calling organisation's own: it creates, reads and ends only its own; the
 * admin reads all.
 */
@ApplicationScoped
public class SubscriptionCatalog {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    @ConfigProperty(name = "followup.webhooks.plain-http-hosts")
    Optional<Set<String>> plainHttpHosts;

    @ConfigProperty(name = "followup.webhooks.secret-overlap")
    Duration secretOverlap;

    @Inject
    SecretVault vault;

    @Transactional
    public Subscription create(SubscriptionRequest request) {
        String organisation = caller.requireOrganisation();
        validate(request);
        SubscriptionEntity subscription = new SubscriptionEntity();
        subscription.id = UUID.randomUUID();
        subscription.organisation = organisation;
        subscription.client = caller.client();
        subscription.endpoint = request.endpoint();
        String secret = newSecret();
        subscription.secret = vault.seal(subscription.id, secret);
        subscription.eventTypes = List.copyOf(request.filter().eventTypes());
        subscription.goalId = request.filter().goalId();
        subscription.indicatorId = request.filter().indicatorId();
        subscription.aboutOrganisation = request.filter().organisation();
        subscription.description = request.description();
        subscription.createdAt = today.now();
        subscription.persist();
        return Subscription.of(subscription, secret);
    }

    public List<Subscription> list() {
        List<SubscriptionEntity> found = caller.isAdmin()
                ? SubscriptionEntity.list("removedAt is null order by createdAt")
                : SubscriptionEntity.list("removedAt is null and organisation = ?1 order by createdAt", caller.requireOrganisation());
        return found.stream().map(subscription -> Subscription.of(subscription, null)).toList();
    }

    public Subscription get(UUID id) {
        return Subscription.of(visible(id), null);
    }

    /**
     * A new signing secret, given once; deliveries are signed with both the new and the old one for
     * {@code followup.webhooks.secret-overlap}, so the subscriber can switch without losing a delivery
     * (Standard Webhooks verifiers accept any of the signatures).
     */
    @Transactional
    public Subscription rotateSecret(UUID id) {
        SubscriptionEntity subscription = visible(id);
        String secret = newSecret();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = today.now().plus(secretOverlap);
        subscription.secret = vault.seal(subscription.id, secret);
        return Subscription.of(subscription, secret);
    }

    /** The secrets a delivery is signed with now: the current one, and the previous one while it overlaps. */
    public List<String> signingSecrets(SubscriptionEntity subscription) {
        List<String> secrets = new ArrayList<>(List.of(vault.open(subscription.id, subscription.secret)));
        if (subscription.previousSecret != null && subscription.previousSecretUntil != null
                && today.now().isBefore(subscription.previousSecretUntil)) {
            secrets.add(vault.open(subscription.id, subscription.previousSecret));
        }
        return secrets;
    }

    void onStart(@Observes StartupEvent start) {
        sealPlainSecrets();
    }

    /**
     * Seals the secrets stored before secrets were sealed (plain {@code whsec_…}); run at start, and a
     * subscriber notices nothing. Answers how many it sealed.
     */
    @Transactional
    public int sealPlainSecrets() {
        List<SubscriptionEntity> plain = SubscriptionEntity.list("secret not like ?1", SecretVault.SEALED + "%");
        for (SubscriptionEntity subscription : plain) {
            subscription.secret = vault.seal(subscription.id, subscription.secret);
        }
        return plain.size();
    }

    @Transactional
    public void remove(UUID id) {
        visible(id).removedAt = today.now();
    }

    /** The subscription, if the caller may see it; another organisation's is not found, as if it did not exist. */
    public SubscriptionEntity visible(UUID id) {
        SubscriptionEntity subscription = SubscriptionEntity.findById(id);
        if (subscription == null || subscription.removedAt != null || !caller.mayActFor(subscription.organisation)) {
            throw ProblemException.notFound("subscription " + id);
        }
        return subscription;
    }

    private void validate(SubscriptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        endpointProblem(request.endpoint()).ifPresent(message -> errors.add(new FieldError("endpoint", message)));
        List<String> types = request.filter().eventTypes();
        for (int i = 0; i < types.size(); i++) {
            if (!EventFacts.EVENT_TYPES.contains(types.get(i))) {
                errors.add(new FieldError("filter.eventTypes[" + i + "]", "is not an event type; see /q/asyncapi of the "
                        + "writing services"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private Optional<String> endpointProblem(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute URL with a host and no user information or fragment");
        }
        boolean plainAllowed = "http".equals(uri.getScheme()) && plainHttpHosts.orElse(Set.of()).contains(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !plainAllowed) {
            return Optional.of("must be an https URL");
        }
        return Optional.empty();
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
