package no.ehelse.followup.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which OIDC tenant validates a request, by its authorization scheme and the deployment's DPoP setting. */
class DPoPTenantResolverTest {

    @Test
    void whereDPoPIsAcceptedTheSchemeDecides() {
        assertNull(DPoPTenantResolver.tenantFor("Bearer abc", false));
        assertNull(DPoPTenantResolver.tenantFor(null, false));
        assertNull(DPoPTenantResolver.tenantFor("DPoPabc", false));
        assertEquals(DPoPTenantResolver.DPOP_TENANT, DPoPTenantResolver.tenantFor("DPoP abc", false));
        assertEquals(DPoPTenantResolver.DPOP_TENANT, DPoPTenantResolver.tenantFor("dpop abc", false));
    }

    @Test
    void whereDPoPIsRequiredEveryRequestGoesToTheDPoPTenantSoBearerIsNoCredential() {
        assertEquals(DPoPTenantResolver.DPOP_TENANT, DPoPTenantResolver.tenantFor("Bearer abc", true));
        assertEquals(DPoPTenantResolver.DPOP_TENANT, DPoPTenantResolver.tenantFor(null, true));
        assertEquals(DPoPTenantResolver.DPOP_TENANT, DPoPTenantResolver.tenantFor("DPoP abc", true));
    }
}
