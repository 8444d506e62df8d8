package no.ehelse.followup.reporting.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.security.Roles;

/**
 * The signed-in person as the dashboard needs to know them: name, organisation, what they may do, and
 * the CSRF token to repeat on changes. No access token ever leaves the server.
 */
@Path("/web")
public class SessionResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the page shows about the signed-in person. */
    public record Session(String name, String organisation, List<String> roles, String csrfToken) {
    }

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    CallerIdentity caller;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(hidden = true)
    public Response session(@CookieParam(CsrfGuard.COOKIE) String csrf, @Context UriInfo uri) {
        String token = csrf != null && csrf.length() >= 32 ? csrf : newToken();
        String name = idToken.getClaim("name") != null ? idToken.getClaim("name") : idToken.getName();
        List<String> roles = List.of(Roles.ADMIN, Roles.REPORTER, Roles.READER).stream().filter(identity::hasRole).toList();
        Session session = new Session(name, caller.organisation().orElse(null), roles, token);
        NewCookie cookie = new NewCookie.Builder(CsrfGuard.COOKIE).value(token).path("/").httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme())).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(session).cookie(cookie).build();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
