package no.ehelse.followup.platform.security;

/**
 * The three roles of the APIs. Tokens carry them as OAuth2 scopes, as HelseID does; the mapping
 * from scope to role is configuration ({@code quarkus.http.auth.roles-mapping}).
 */
public final class Roles {

    /** Defines goals, indicators, initiatives and roadmap structure. */
    public static final String ADMIN = "admin";
    /** Pushes status for what its own organisation owns or reports. */
    public static final String REPORTER = "reporter";
    /** Reads. */
    public static final String READER = "reader";

    private Roles() {
    }
}
