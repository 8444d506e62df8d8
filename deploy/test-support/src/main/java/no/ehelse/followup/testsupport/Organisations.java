package no.ehelse.followup.testsupport;

/** The actors' organisation numbers (public, from the Brønnøysund register). */
public final class Organisations {

    public static final String HELSE_SOR_OST = "991324968";
    public static final String HELSE_VEST = "983658725";
    public static final String HELSE_MIDT_NORGE = "983658776";
    public static final String HELSE_NORD = "883658752";
    public static final String KS = "971032146";
    public static final String FHI = "983744516";
    public static final String NHN = "994598759";
    public static final String HELSEDIREKTORATET = "983544622";

    private Organisations() {
    }
}
