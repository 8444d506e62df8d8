package no.ehelse.followup.rules.organisation;

/**
 * Norwegian organisation numbers (organisasjonsnummer) from the Brønnøysund register: nine digits,
 * the last a modulus-11 check digit with weights 3 2 7 6 5 4 3 2.
 */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

    private OrganisationNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 8) {
                sum += (c - '0') * WEIGHTS[i];
            }
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check != 10 && check == value.charAt(8) - '0';
    }
}
