package no.ehelse.followup.indicator.imports;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;

@Path("/api/v1/measurements/import")
@Tag(name = "Measurements")
public class MeasurementImportResource {

    public static final String CSV = "text/csv";

    @Inject
    MeasurementImporter importer;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "Import many measurements",
            description = "Requires reporter or admin; every row is reported by the calling organisation and follows "
                    + "the rules of a single report. JSON (an array of rows) or CSV (a header line, then a row a line; "
                    + "columns indicatorId, period, value, numerator, denominator, source, methodNote; semicolons and "
                    + "decimal commas are accepted). The file streams: it is never held in memory whole. dryRun=true "
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
    public ImportSummary importMeasurements(@Context HttpHeaders headers,
            @QueryParam("dryRun") @Parameter(description = "true: validate and count only, write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("atomic") @Parameter(description = "true: all rows or none",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String atomic,
            InputStream body) {
        boolean validateOnly = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        boolean allOrNothing = Boolean.TRUE.equals(QueryParams.bool("atomic", atomic));
        MediaType type = headers.getMediaType();
        Iterator<ImportRow> rows = type.isCompatible(MediaType.valueOf(CSV))
                ? new CsvRows(new java.io.InputStreamReader(body, charsetOf(type)))
                : new JsonRows(json, body);
        return importer.run(rows, validateOnly, allOrNothing);
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
