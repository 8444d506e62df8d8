package no.ehelse.followup.reporting.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.reporting.consumer.ViewVersion;

/**
 * The status documents as assembled, kept per resource, parameters, day (Europe/Oslo: what depends on
 * today's date changes at midnight) and {@link ViewVersion}: a request reads the committed version (one
 * statement) and gets the document assembled for it, so the view is assembled once per batch applied
 * rather than once per request, and every replica serves what its own database read says. Concurrent
 * requests for a document not assembled yet wait for one assembly; documents of an older version or day
 * are dropped as soon as a request sees a newer one.
 */
@ApplicationScoped
public class ViewDocuments {

    private record Key(String resource, List<Object> parameters, LocalDate day, String version) {
    }

    private record State(LocalDate day, String version) {
    }

    @ConfigProperty(name = "followup.status.cached-documents", defaultValue = "200")
    long size;

    @Inject
    ViewVersion version;

    @Inject
    Today clock;

    private Cache<Key, Object> documents;

    private volatile State latest;

    @PostConstruct
    void create() {
        documents = Caffeine.newBuilder().maximumSize(size).build();
    }

    /**
     * @param parameters what the document depends on besides the view and the day, such as its id (may be null)
     * @param assemble   assembles the document from the view; must not ask for another document
     */
    @SuppressWarnings("unchecked")
    public <T> T document(String resource, Supplier<T> assemble, Object... parameters) {
        State state = new State(clock.date(), version.current());
        if (!state.equals(latest)) {
            latest = state;
            documents.asMap().keySet().removeIf(key -> !key.day().equals(state.day()) || !key.version().equals(state.version()));
        }
        Key key = new Key(resource, Arrays.asList(parameters.clone()), state.day(), state.version());
        return (T) documents.get(key, ignored -> assemble.get());
    }
}
