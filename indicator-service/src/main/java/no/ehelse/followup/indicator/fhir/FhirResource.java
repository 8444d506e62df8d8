package no.ehelse.followup.indicator.fhir;

import java.io.InputStream;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ca.uhn.fhir.parser.DataFormatException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.indicator.measurements.MeasurementEntity;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * HL7 FHIR R4 access for systems that speak FHIR, as IHE mADX's Send Aggregate Report expects:
 * indicators as {@code Measure}, measurements as {@code MeasureReport} (type summary), one resource
 * per (measure, period, reporter) whose versions are the measurement's revisions. The same rules
 * apply as on the REST API; every error, authentication ones too, is an {@code OperationOutcome}.
 */
@Path("/fhir")
@Tag(name = "FHIR R4", description = "Indicators as Measure, measurements as MeasureReport (IHE mADX)")
@Produces(FhirJson.MEDIA_TYPE)
public class FhirResource {

    @Inject
    FhirJson fhir;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    ReportWrites writes;

    @Inject
    BundleProcessor bundles;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "1.0.0")
    String version;

    @Context
    UriInfo uri;

    @GET
    @Path("metadata")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirCapabilityStatement", summary = "What this FHIR server supports",
            description = "Requires any role. The CapabilityStatement: resources, interactions, search parameters, formats.")
    public Response metadata() {
        return ok(Capabilities.of(base(), version));
    }

    @GET
    @Path("Measure")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "searchFhirMeasures", summary = "Search indicators as FHIR Measures",
            description = "Requires any role. A searchset Bundle of every indicator, or those with the given url "
                    + "or identifier (system|value or value).")
    public Response measures(@QueryParam("url") @Parameter(description = "The Measure's canonical URL") String url,
            @QueryParam("identifier") @Parameter(description = "urn:ehelse-oppfolging:indicator|4.2.1 or 4.2.1")
            String identifier) {
        String wanted = identifier == null ? null
                : identifier.startsWith(MeasureMapper.INDICATOR_ID_SYSTEM + "|")
                        ? identifier.substring(MeasureMapper.INDICATOR_ID_SYSTEM.length() + 1)
                        : identifier.contains("|") ? "" : identifier;
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (Indicator indicator : indicators.list(null, null, null)) {
            String canonical = measureUrl(indicator.id());
            if ((url == null || url.equals(canonical)) && (wanted == null || wanted.equals(indicator.id()))) {
                bundle.addEntry().setFullUrl(canonical).setResource(MeasureMapper.toMeasure(indicator, canonical))
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            }
        }
        bundle.setTotal(bundle.getEntry().size());
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        return ok(bundle);
    }

    @GET
    @Path("Measure/{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirMeasure", summary = "An indicator as a FHIR Measure",
            description = "Requires any role. improvementNotation follows the indicator's direction; scoring is "
                    + "proportion for percent and share indicators, cohort for counts; each target is an extension "
                    + MeasureMapper.TARGET_EXTENSION + ".")
    public Response measure(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        Indicator indicator = indicators.get(id);
        return ok(MeasureMapper.toMeasure(indicator, measureUrl(id)));
    }

    @GET
    @Path("StructureDefinition/{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirStructureDefinition", summary = "The definition of this server's extension",
            description = "Requires any role. indicator-target: the extension that carries a Measure's targets.")
    public Response structureDefinition(@PathParam("id") @Parameter(example = TargetExtensionDefinition.ID) String id) {
        if (!TargetExtensionDefinition.ID.equals(id)) {
            throw FhirProblem.notFound("StructureDefinition/" + id + " does not exist");
        }
        return ok(TargetExtensionDefinition.of());
    }

    @POST
    @Path("MeasureReport")
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Operation(operationId = "submitFhirMeasureReport", summary = "Report a measurement as a FHIR MeasureReport",
            description = "Requires reporter (registered for the indicator) or admin. status complete, type summary, "
                    + "measure referencing Measure/{indicator id}, period start and end, reporter an Organization "
                    + "identified by organisation number (system urn:oid:2.16.578.1.12.4.1.4.101) that must be the "
                    + "calling organisation, and group.measureScore or population counts. 201 with the stored "
                    + "report for a new (measure, period, reporter); a different report of it is a new version (200), "
                    + "the same report again changes nothing (200). 400 for a malformed resource, 422 with "
                    + "issue.expression for a rule it breaks.")
    public Response submit(InputStream body) {
        return written(writes.write(fhir.read(MeasureReport.class, body), null, null));
    }

    @PUT
    @Path("MeasureReport/{id}")
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Operation(operationId = "updateFhirMeasureReport", summary = "Write a MeasureReport by its id",
            description = "Requires reporter or admin. The id is {indicator}-{period}-{organisation number}, e.g. "
                    + "4.2.1-2024Q3-994598759, and must be the body's id and agree with its measure, period and "
                    + "reporter; a new id creates the report (201). With If-Match: W/\"{version}\" a version that "
                    + "is no longer current is a 412.")
    public Response update(@PathParam("id") @Parameter(example = "4.2.1-2024Q3-994598759") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "W/\"2\": write only if version 2 is current")
            String ifMatch, InputStream body) {
        return written(writes.update(id, fhir.read(MeasureReport.class, body), ifMatch == null ? null : Versions.parse(ifMatch)));
    }

    @PUT
    @Path("MeasureReport")
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Operation(operationId = "conditionalUpdateFhirMeasureReport", summary = "Write the MeasureReport the criteria match",
            description = "Requires reporter or admin. Conditional update: the search parameters of GET "
                    + "/fhir/MeasureReport, typically measure, period and reporter. No match creates the report (201), "
                    + "one match is updated (200), more than one is a 412.")
    public Response conditionalUpdate(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "W/\"2\": write only if version 2 is current")
            String ifMatch, InputStream body) {
        return written(writes.conditionalUpdate(uri.getQueryParameters(), fhir.read(MeasureReport.class, body),
                ifMatch == null ? null : Versions.parse(ifMatch)));
    }

    @POST
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "processFhirBundle", summary = "Write many MeasureReports in a batch or transaction Bundle",
            description = "Requires reporter or admin. Entries POST MeasureReport, PUT MeasureReport/{id} or PUT "
                    + "MeasureReport?{criteria}, each optionally with request.ifMatch. A batch answers each entry with "
                    + "its status and an OperationOutcome, a failed entry writing nothing; a transaction writes all "
                    + "entries or none, and a failure is one OperationOutcome naming the entry by FHIRPath.")
    public Response bundle(InputStream body) {
        return ok(bundles.process(fhir.read(Bundle.class, body), base()));
    }

    @GET
    @Path("MeasureReport/{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirMeasureReport", summary = "The current version of a MeasureReport",
            description = "Requires any role. ETag W/\"{version}\" and Last-Modified.")
    public Response report(@PathParam("id") @Parameter(example = "4.2.1-2024Q3-994598759") String id) {
        return version(ReportId.parse(id).flatMap(ReportRevisions::current)
                .orElseThrow(() -> FhirProblem.notFound("MeasureReport/" + id + " does not exist")));
    }

    @GET
    @Path("MeasureReport/{id}/_history/{version}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "vreadFhirMeasureReport", summary = "One version of a MeasureReport",
            description = "Requires any role. Version n is the measurement's revision n.")
    public Response vread(@PathParam("id") @Parameter(example = "4.2.1-2024Q3-994598759") String id,
            @PathParam("version") @Parameter(example = "1") String version) {
        return version(ReportId.parse(id).filter(r -> version.matches("[0-9]{1,9}"))
                .flatMap(r -> ReportRevisions.version(r, Integer.parseInt(version)))
                .orElseThrow(() -> FhirProblem.notFound("MeasureReport/" + id + "/_history/" + version + " does not exist")));
    }

    @GET
    @Path("MeasureReport/{id}/_history")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirMeasureReportHistory", summary = "Every version of a MeasureReport",
            description = "Requires any role. A history Bundle, newest version first.")
    public Response history(@PathParam("id") @Parameter(example = "4.2.1-2024Q3-994598759") String id) {
        List<MeasurementEntity> revisions = ReportId.parse(id).map(ReportRevisions::all).orElse(List.of());
        if (revisions.isEmpty()) {
            throw FhirProblem.notFound("MeasureReport/" + id + " does not exist");
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.HISTORY).setTotal(revisions.size());
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        for (MeasurementEntity revision : revisions) {
            Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(base() + "MeasureReport/" + id)
                    .setResource(toReport(revision));
            entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl("MeasureReport/" + id);
            entry.getResponse().setStatus(revision.revision == 1 ? "201 Created" : "200 OK")
                    .setEtag(Versions.etag(revision.revision)).setLastModified(Date.from(revision.reportedAt));
        }
        return ok(bundle);
    }

    @GET
    @Path("MeasureReport")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "searchFhirMeasureReports", summary = "Search MeasureReports",
            description = "Requires any role. A searchset Bundle of the current version of the reports that match, "
                    + "ordered by period, with self, next and previous links. period and _lastUpdated take FHIR "
                    + "dates with the prefixes eq, ge, le, gt and lt and may be repeated; reporter is an organisation "
                    + "number (or reporter:identifier=urn:oid:2.16.578.1.12.4.1.4.101|{number}); _count (at most "
                    + ReportSearch.MAX_COUNT + ", " + ReportSearch.DEFAULT_COUNT + " by default) and _offset page.")
    public Response search(
            @QueryParam("measure") @Parameter(description = "Indicator id or Measure reference", example = "4.2.1") String measure,
            @QueryParam("period") @Parameter(description = "e.g. ge2024-01-01") List<String> period,
            @QueryParam("reporter") @Parameter(description = "Organisation number", example = "994598759") String reporter,
            @QueryParam("_lastUpdated") @Parameter(description = "e.g. gt2024-10-01T00:00:00Z") List<String> lastUpdated,
            @QueryParam("_count") @Parameter(description = "Page size") String count,
            @QueryParam("_offset") @Parameter(description = "Reports to skip") String offset) {
        // The parameters above are declared for the OpenAPI document; the search reads the query as a
        // whole, so that repeated and modified parameters (period, reporter:identifier) count too.
        ReportSearch.Page page = ReportSearch.search(uri.getQueryParameters());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) page.total());
        bundle.addLink().setRelation("self").setUrl(pageUrl(page, page.offset()));
        if (page.offset() + page.count() < page.total()) {
            bundle.addLink().setRelation("next").setUrl(pageUrl(page, page.offset() + page.count()));
        }
        if (page.offset() > 0) {
            bundle.addLink().setRelation("previous").setUrl(pageUrl(page, Math.max(0, page.offset() - page.count())));
        }
        for (MeasurementEntity revision : page.reports()) {
            bundle.addEntry().setFullUrl(base() + "MeasureReport/" + ReportId.of(revision.seriesKey()))
                    .setResource(toReport(revision)).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return ok(bundle);
    }

    @ServerExceptionMapper
    public Response problem(FhirProblem problem) {
        return outcome(problem.status(), problem.outcome());
    }

    @ServerExceptionMapper
    public Response malformed(DataFormatException e) {
        return outcome(400, FhirJson.outcome(OperationOutcome.IssueType.STRUCTURE, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        OperationOutcome.IssueType type = switch (e.type()) {
            case NOT_FOUND -> OperationOutcome.IssueType.NOTFOUND;
            case FORBIDDEN -> OperationOutcome.IssueType.FORBIDDEN;
            case CONFLICT -> OperationOutcome.IssueType.CONFLICT;
            default -> OperationOutcome.IssueType.INVALID;
        };
        return outcome(e.type().status(), FhirJson.outcome(type, e.getMessage(),
                e.errors().isEmpty() ? null : e.errors().get(0).field()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated() {
        return Response.fromResponse(outcome(401, FhirJson.outcome(OperationOutcome.IssueType.LOGIN,
                "A valid bearer access token is required", null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return outcome(403, FhirJson.outcome(OperationOutcome.IssueType.FORBIDDEN,
                "The access token does not grant this operation", null));
    }

    private Response written(ReportWrites.Written written) {
        Response response = version(written.revision());
        Response.ResponseBuilder builder = Response.fromResponse(response).header(WriteOutcome.HEADER, written.outcome().name());
        if (written.outcome() == WriteOutcome.CREATED) {
            builder.status(201).location(URI.create(base() + "MeasureReport/" + written.id() + "/_history/"
                    + written.revision().revision));
        }
        return builder.build();
    }

    /** A revision with its version headers, as read and write answer it. */
    private Response version(MeasurementEntity revision) {
        return Response.ok(fhir.write(toReport(revision)), FhirJson.MEDIA_TYPE)
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(revision.revision), true))
                .lastModified(Date.from(revision.reportedAt))
                .build();
    }

    private MeasureReport toReport(MeasurementEntity revision) {
        return MeasureReportMapper.toReport(revision, measureUrl(revision.indicatorId));
    }

    private String pageUrl(ReportSearch.Page page, int offset) {
        StringBuilder url = new StringBuilder(base()).append("MeasureReport?");
        for (Map.Entry<String, List<String>> parameter : page.applied().entrySet()) {
            for (String value : parameter.getValue()) {
                url.append(parameter.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        }
        return url.append("_count=").append(page.count()).append("&_offset=").append(offset).toString();
    }

    private String base() {
        return uri.getBaseUri() + "fhir/";
    }

    private String measureUrl(String indicatorId) {
        return base() + "Measure/" + indicatorId;
    }

    private Response ok(Resource resource) {
        return Response.ok(fhir.write(resource), FhirJson.MEDIA_TYPE).build();
    }

    private Response outcome(int status, OperationOutcome outcome) {
        return Response.status(status).type(FhirJson.MEDIA_TYPE).entity(fhir.write(outcome)).build();
    }
}
