package no.ehelse.followup.indicator.imports;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.platform.security.CallerIdentity;

/**
 * Who an import is for, taken from the request that submitted it: an asynchronous import runs after
 * that request has ended, and still writes as its caller.
 */
record ImportCaller(String reporter, String client, boolean admin, EventActor actor) {

    static ImportCaller of(CallerIdentity caller) {
        return new ImportCaller(caller.requireOrganisation(), caller.client(), caller.isAdmin(), caller.actor());
    }
}
