package no.ehelse.followup.platform.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import no.ehelse.followup.platform.problem.InputRejection;

/**
 * What a request body may say, beyond its shape: a field given twice in one object is refused rather
 * than the last one silently winning (two systems reading the same body must never disagree on what
 * it said), and no text holds a control character ({@link ControlCharacters}). The problems name the
 * field ({@code ProblemResponses}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new Text()));
    }

    /** Jackson's own string reading (coercions included), then the control-character rule. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = ControlCharacters.problemIn(text);
            if (problem != null) {
                throw new InputRejection(parser, problem);
            }
            return text;
        }
    }
}
