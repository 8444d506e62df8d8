package no.ehelse.followup.indicator.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;

/**
 * The StructureDefinition of {@link MeasureMapper#TARGET_EXTENSION}, served at
 * {@code /fhir/StructureDefinition/indicator-target} so that a client can validate the Measures it
 * reads: a complex extension on Measure with one part per field of an indicator's target.
 */
final class TargetExtensionDefinition {

    static final String ID = "indicator-target";

    /** A part of the extension: its url, FHIR type and meaning. */
    private record Part(String name, String type, String definition) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("year", "integer", "The year the target is for, when it is for a year"),
            new Part("deadline", "date", "An explicit deadline, when the plan gives one instead of a year"),
            new Part("kind", "code", "How the value reads: the indicator-service's TargetKind, e.g. N_OF_TOTAL"),
            new Part("value", "decimal", "The target value, in the indicator's unit"),
            new Part("total", "decimal", "For N_OF_TOTAL: the total the value is out of"),
            new Part("text", "string", "The plan's own words for the target"));

    private TargetExtensionDefinition() {
    }

    static StructureDefinition of() {
        StructureDefinition definition = new StructureDefinition();
        definition.setId(ID);
        definition.setUrl(MeasureMapper.TARGET_EXTENSION);
        definition.setName("IndicatorTarget");
        definition.setTitle("Indicator target (måltall)");
        definition.setStatus(Enumerations.PublicationStatus.ACTIVE);
        definition.setPublisher("Helsedirektoratet");
        definition.setDescription("A target of an indicator of Nasjonal e-helsestrategi: core FHIR has no place for a "
                + "measure's targets. One extension per target.");
        definition.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        definition.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
        definition.setAbstract(false);
        definition.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression("Measure");
        definition.setType("Extension");
        definition.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
        definition.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        List<ElementDefinition> elements = definition.getDifferential().getElement();
        elements.add(element("Extension", "Extension").setShort("Indicator target").setMin(0).setMax("*"));
        ElementDefinition parts = element("Extension.extension", "Extension.extension").setMin(1);
        parts.getSlicing().setRules(ElementDefinition.SlicingRules.CLOSED).addDiscriminator()
                .setType(ElementDefinition.DiscriminatorType.VALUE).setPath("url");
        elements.add(parts);
        for (Part part : PARTS) {
            String slice = "Extension.extension:" + part.name();
            elements.add(element(slice, "Extension.extension").setSliceName(part.name()).setShort(part.definition())
                    .setMin(0).setMax("1"));
            elements.add(element(slice + ".extension", "Extension.extension.extension").setMax("0"));
            elements.add(element(slice + ".url", "Extension.extension.url").setFixed(new UriType(part.name())));
            ElementDefinition value = element(slice + ".value[x]", "Extension.extension.value[x]").setMin(1);
            value.addType().setCode(part.type());
            elements.add(value);
        }
        elements.add(element("Extension.url", "Extension.url").setFixed(new UriType(MeasureMapper.TARGET_EXTENSION)));
        elements.add(element("Extension.value[x]", "Extension.value[x]").setMax("0"));
        return definition;
    }

    private static ElementDefinition element(String id, String path) {
        ElementDefinition element = new ElementDefinition().setPath(path);
        element.setId(id);
        return element;
    }
}
