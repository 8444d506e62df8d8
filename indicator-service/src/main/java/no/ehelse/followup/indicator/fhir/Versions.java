package no.ehelse.followup.indicator.fhir;

/** A MeasureReport's version, its revision number, as an ETag {@code W/"2"} and back from If-Match. */
final class Versions {

    private Versions() {
    }

    static String etag(int version) {
        return "W/\"" + version + "\"";
    }

    /** {@code W/"2"}, {@code "2"} or {@code 2}. */
    static int parse(String ifMatch) {
        String version = ifMatch.trim();
        if (version.startsWith("W/")) {
            version = version.substring(2);
        }
        version = version.replace("\"", "");
        if (!version.matches("[0-9]{1,9}")) {
            throw FhirProblem.badRequest("If-Match must be a version such as W/\"2\"", "If-Match");
        }
        return Integer.parseInt(version);
    }
}
