package no.ehelse.followup.indicator.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * The CapabilityStatement at {@code /fhir/metadata}: exactly the resources, interactions, search
 * parameters and formats that {@link FhirResource} serves, so that a client can rely on it.
 */
final class Capabilities {

    private static final String SEARCH_PARAMETER = "http://hl7.org/fhir/SearchParameter/";

    private Capabilities() {
    }

    static CapabilityStatement of(String base, String version) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setPublisher("Helsedirektoratet");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("indicator-service").setVersion(version);
        statement.getImplementation().setDescription("Indicators of Nasjonal e-helsestrategi as Measure, their "
                + "measurements as MeasureReport (IHE mADX aggregate reporting)").setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat(FhirJson.MEDIA_TYPE);
        statement.addFormat("json");

        CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false)
                .addService(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "OAuth", "OAuth")))
                .setDescription("OAuth 2.0 bearer access tokens (HelseID): the read scope for reads and searches, the "
                        + "report scope to write reports for the organisation the token names (orgnr_parent).");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.BATCH)
                .setDocumentation("POST /fhir with a batch Bundle of MeasureReport PUT or POST entries: each entry on "
                        + "its own, one response entry with an OperationOutcome each");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("POST /fhir with a transaction Bundle: all entries or none; a failure names the "
                        + "entry by its FHIRPath in the OperationOutcome");

        CapabilityStatementRestResourceComponent measure = rest.addResource().setType("Measure")
                .setDocumentation("The strategy's indicators. Targets are in the extension " + MeasureMapper.TARGET_EXTENSION);
        measure.addInteraction().setCode(TypeRestfulInteraction.READ);
        measure.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        measure.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        measure.addSearchParam().setName("url").setType(Enumerations.SearchParamType.URI)
                .setDefinition(SEARCH_PARAMETER + "Measure-url");
        measure.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDefinition(SEARCH_PARAMETER + "Measure-identifier")
                .setDocumentation("system " + MeasureMapper.INDICATOR_ID_SYSTEM + ", value the indicator id");

        rest.addResource().setType("StructureDefinition")
                .setDocumentation("The extension this server defines: " + TargetExtensionDefinition.ID)
                .addInteraction().setCode(TypeRestfulInteraction.READ);

        CapabilityStatementRestResourceComponent report = rest.addResource().setType("MeasureReport")
                .setDocumentation("Measurements, one resource per (measure, period, reporter) with id "
                        + "{indicator}-{period}-{organisation number}; each correction is a new version.");
        for (TypeRestfulInteraction interaction : new TypeRestfulInteraction[] { TypeRestfulInteraction.READ,
                TypeRestfulInteraction.VREAD, TypeRestfulInteraction.UPDATE, TypeRestfulInteraction.CREATE,
                TypeRestfulInteraction.HISTORYINSTANCE, TypeRestfulInteraction.SEARCHTYPE }) {
            report.addInteraction().setCode(interaction);
        }
        report.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONEDUPDATE);
        report.setReadHistory(true);
        report.setUpdateCreate(true);
        report.setConditionalCreate(false);
        report.setConditionalUpdate(true);
        report.setConditionalRead(CapabilityStatement.ConditionalReadStatus.NOTSUPPORTED);
        report.setConditionalDelete(CapabilityStatement.ConditionalDeleteStatus.NOTSUPPORTED);
        report.addSearchParam().setName("measure").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition(SEARCH_PARAMETER + "MeasureReport-measure");
        report.addSearchParam().setName("period").setType(Enumerations.SearchParamType.DATE)
                .setDefinition(SEARCH_PARAMETER + "MeasureReport-period")
                .setDocumentation("prefixes eq (the default), ge, le, gt and lt");
        report.addSearchParam().setName("reporter").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition(SEARCH_PARAMETER + "MeasureReport-reporter")
                .setDocumentation("an organisation number, Organization/{number}, or reporter:identifier="
                        + MeasureReportMapper.ORGANISATION_NUMBER_SYSTEM + "|{number}");
        report.addSearchParam().setName("_lastUpdated").setType(Enumerations.SearchParamType.DATE)
                .setDefinition(SEARCH_PARAMETER + "Resource-lastUpdated")
                .setDocumentation("prefixes eq, ge, le, gt and lt");
        return statement;
    }
}
