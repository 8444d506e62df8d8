package no.ehelse.followup.events;

/**
 * Who caused a change: the calling organisation (organisation number from the access token, HelseID's
 * {@code orgnr_parent}) and the OAuth2 client it used; when the token names them, the sub-unit that
 * acted ({@code orgnr_child}) and the supplier acting for the organisation ({@code orgnr_supplier}).
 * All but the client are null for changes the system makes on its own.
 */
public record EventActor(String organisation, String client, String childOrganisation, String supplierOrganisation) {

    public static final EventActor SYSTEM = new EventActor(null, "system");

    /** An actor whose token names neither a sub-unit nor a supplier. */
    public EventActor(String organisation, String client) {
        this(organisation, client, null, null);
    }
}
