package no.ehelse.followup.indicator.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.StringType;

import no.ehelse.followup.events.indicator.Direction;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.events.indicator.UnitKind;

/** An indicator as an HL7 FHIR R4 {@code Measure}. */
final class MeasureMapper {

    static final String INDICATOR_ID_SYSTEM = "urn:ehelse-oppfolging:indicator";
    /**
     * Targets are not in core FHIR: each is an extension of the Measure with the parts year or
     * deadline, kind, value, total and text, as the indicator's targets have them.
     */
    static final String TARGET_EXTENSION = "https://ehelse-oppfolging.no/fhir/StructureDefinition/indicator-target";
    private static final String MEASURE_TYPE = "http://terminology.hl7.org/CodeSystem/measure-type";
    private static final String MEASURE_SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    private static final String IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";

    private MeasureMapper() {
    }

    static Measure toMeasure(Indicator indicator, String canonicalUrl) {
        Measure measure = new Measure();
        measure.setId(indicator.id());
        measure.setUrl(canonicalUrl);
        measure.addIdentifier(new Identifier().setSystem(INDICATOR_ID_SYSTEM).setValue(indicator.id()));
        measure.setVersion(String.valueOf(indicator.version()));
        measure.setName("Indicator_" + indicator.id().replace('.', '_'));
        measure.setTitle(indicator.name());
        measure.setStatus(switch (indicator.status()) {
            case ACTIVE -> Enumerations.PublicationStatus.ACTIVE;
            case UNDER_DEVELOPMENT -> Enumerations.PublicationStatus.DRAFT;
            case RETIRED -> Enumerations.PublicationStatus.RETIRED;
        });
        measure.setPublisher("Helsedirektoratet");
        measure.setDescription(indicator.purpose());
        measure.setGuidance(indicator.method());
        measure.setClinicalRecommendationStatement(targets(indicator));
        for (Target target : indicator.targets()) {
            measure.addExtension(targetExtension(target));
        }
        measure.addType(new CodeableConcept(new Coding(MEASURE_TYPE, switch (indicator.type()) {
            case ADOPTION -> "process";
            case PERCEIVED_RESULT -> "patient-reported-outcome";
            case RESULT, EFFECT -> "outcome";
        }, null)).setText(indicator.type().name()));
        boolean proportion = indicator.unit().kind() != UnitKind.COUNT;
        measure.setScoring(new CodeableConcept(new Coding(MEASURE_SCORING, proportion ? "proportion" : "cohort", null))
                .setText(indicator.unit().label()));
        measure.setImprovementNotation(new CodeableConcept(new Coding(IMPROVEMENT,
                indicator.direction() == Direction.HIGHER_IS_BETTER ? "increase" : "decrease", null)));
        Measure.MeasureGroupComponent group = measure.addGroup();
        if (proportion) {
            group.addPopulation().setCode(population("numerator"));
            group.addPopulation().setCode(population("denominator"))
                    .setDescription(indicator.unit().denominatorLabel());
        } else {
            group.addPopulation().setCode(population("initial-population"))
                    .setDescription(indicator.unit().countedEntity());
        }
        return measure;
    }

    /** The baseline and targets as the plan states them, for people reading the Measure. */
    private static String targets(Indicator indicator) {
        StringBuilder text = new StringBuilder();
        if (indicator.baseline() != null && indicator.baseline().text() != null) {
            text.append("Utgangspunkt: ").append(indicator.baseline().text());
        }
        List<Target> targets = indicator.targets();
        for (Target target : targets) {
            if (!text.isEmpty()) {
                text.append("\n");
            }
            text.append("Måltall ").append(target.year() != null ? target.year() : target.deadline()).append(": ")
                    .append(target.text() != null ? target.text() : target.value());
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static Extension targetExtension(Target target) {
        Extension extension = new Extension(TARGET_EXTENSION);
        if (target.year() != null) {
            extension.addExtension("year", new IntegerType(target.year()));
        }
        if (target.deadline() != null) {
            extension.addExtension("deadline", new DateType(target.deadline().toString()));
        }
        if (target.kind() != null) {
            extension.addExtension("kind", new CodeType(target.kind().name()));
        }
        if (target.value() != null) {
            extension.addExtension("value", new DecimalType(target.value()));
        }
        if (target.total() != null) {
            extension.addExtension("total", new DecimalType(target.total()));
        }
        if (target.text() != null) {
            extension.addExtension("text", new StringType(target.text()));
        }
        return extension;
    }

    static CodeableConcept population(String code) {
        return new CodeableConcept(new Coding(POPULATION, code, null));
    }
}
