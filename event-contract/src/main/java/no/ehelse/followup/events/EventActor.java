package no.ehelse.followup.events;

/**
 * Who caused a change: the calling organisation (organisation number from the access token) and the
 * OAuth2 client it used. Both are null for changes the system makes on its own.
 */
public record EventActor(String organisation, String client) {

    public static final EventActor SYSTEM = new EventActor(null, "system");
}
