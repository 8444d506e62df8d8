package no.ehelse.followup.indicator.imports;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.platform.problem.Problem;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;

@Path("/api/v1/measurements/import")
@Tag(name = "Measurements")
public class MeasurementImportResource {

    public static final String CSV = "text/csv";

    @Inject
    MeasurementImporter importer;

    @Inject
    ImportJobs jobs;

    @Inject
    CallerIdentity caller;

    @Inject
    ObjectMapper json;

    /** Larger uploads are refused with a 413 naming this limit. */
    @ConfigProperty(name = "followup.import.max-bytes", defaultValue = "104857600")
    long maxBytes;

    @ConfigProperty(name = "followup.import.max-rows", defaultValue = "1000000")
    long maxRows;

    /** Larger uploads run as a job (202) even without {@code Prefer: respond-async}. */
    @ConfigProperty(name = "followup.import.async-above-bytes", defaultValue = "16777216")
    long asyncAboveBytes;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "importMeasurements", summary = "Import many measurements",
            description = "Requires reporter or admin; every row is reported by the calling organisation and follows "
                    + "the rules of a single report. JSON (an array of rows) or CSV (a header line, then a row a line; "
                    + "columns indicatorId, period, value, numerator, denominator, source, methodNote; RFC 4180 quoting, "
                    + "also of newlines; a byte order mark is skipped; semicolons and decimal commas are accepted, and "
                    + "spaces or no-break spaces between thousands). The upload is received whole before anything is "
                    + "written; one larger than followup.import.max-bytes or with more rows than followup.import.max-rows "
                    + "is refused with 413. With Prefer: respond-async (or for a large file) the answer is 202 with a job "
                    + "(Location: /api/v1/measurements/imports/{id}) that shows progress and then the summary. dryRun=true "
                    + "validates and counts without writing. atomic=true writes all rows or none; otherwise valid rows "
                    + "are kept. The summary counts imported (new series), updated (corrections), ignored (identical "
                    + "to the current revision) and rejected rows, and lists each conflict (row, field, message).")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                            description = "Rows: indicatorId and the fields of a measurement (MeasurementRequest)"),
                    examples = @ExampleObject(name = "Kjernejournal", value = """
                    [{"indicatorId": "4.2.1", "period": "2023-06", "value": 240, "numerator": 240, "denominator": 356},
                     {"indicatorId": "4.2.2", "period": "2023", "value": 41000, "source": "NHN"}]""")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "RFC 4180 text with a header line"),
                    examples = @ExampleObject(name = "Kjernejournal", value = """
                    indicatorId,period,value,numerator,denominator,source
                    4.2.1,2023-06,240,240,356,NHN
                    4.2.2,2023,41000,,,NHN""")) })
    @APIResponse(responseCode = "200", description = "The import's summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job; follow Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "413", description = "Beyond the size or row limit the problem names",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importMeasurements(@Context HttpHeaders headers,
            @QueryParam("dryRun") @Parameter(description = "true: validate and count only, write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("atomic") @Parameter(description = "true: all rows or none",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String atomic,
            @HeaderParam("Prefer") @Parameter(description = "respond-async: answer 202 at once with a job to follow "
                    + "(files above a size run as a job anyway)") String prefer,
            InputStream body) {
        boolean validateOnly = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        boolean allOrNothing = Boolean.TRUE.equals(QueryParams.bool("atomic", atomic));
        ImportCaller importCaller = ImportCaller.of(caller);
        MediaType type = headers.getMediaType();
        Charset charset = type.isCompatible(MediaType.valueOf(CSV)) ? charsetOf(type) : null;
        // The whole upload is received before any transaction opens or any lock is taken.
        SpooledImport file = SpooledImport.spool(body, maxBytes, "followup.import.max-bytes", charset, json);
        try {
            SpooledImport.Scan scan = file.scan(maxRows, "followup.import.max-rows");
            if (respondAsync(prefer) || file.size() > asyncAboveBytes) {
                ImportJob job = jobs.submit(file, scan, importCaller, validateOnly, allOrNothing);
                file = null; // the job deletes it when it ends
                return Response.accepted(job).location(URI.create(MeasurementImportJobResource.PATH + "/" + job.id()))
                        .header("Preference-Applied", "respond-async").build();
            }
            return Response.ok(importer.run(file, scan, importCaller, validateOnly, allOrNothing, done -> {
            })).build();
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    /** RFC 7240: {@code Prefer: respond-async}, possibly among other preferences. */
    private static boolean respondAsync(String prefer) {
        return prefer != null && java.util.Arrays.stream(prefer.split(","))
                .anyMatch(preference -> preference.strip().toLowerCase(java.util.Locale.ROOT).startsWith("respond-async"));
    }

    /** The charset the client names in Content-Type; UTF-8 when it names none. */
    private static Charset charsetOf(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("Content-Type", "unknown charset " + charset);
        }
    }
}
