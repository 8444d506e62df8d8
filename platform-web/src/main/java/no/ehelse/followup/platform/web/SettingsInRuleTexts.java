package no.ehelse.followup.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Renders the rules the OpenAPI document states with the settings in force: a description says
 * {@code {followup.roadmap.significant-delay-days}} where the value belongs, and the document a
 * partner reads carries the number this deployment applies, never a default that an operator has
 * changed. Runs once at start, when the configuration is known.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SettingsInRuleTexts implements OASFilter {

    private static final Pattern SETTING = Pattern.compile("\\{(followup\\.[a-z0-9.-]+)}");

    /** The text with each {@code {followup.…}} replaced by the setting's value; an unknown setting stays as it is. */
    public static String render(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = SETTING.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = ConfigProvider.getConfig().getOptionalValue(matcher.group(1), String.class).orElse(matcher.group());
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(rendered).toString();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null) {
            openAPI.getInfo().setDescription(render(openAPI.getInfo().getDescription()));
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        operation.setSummary(render(operation.getSummary()));
        operation.setDescription(render(operation.getDescription()));
        return operation;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        parameter.setDescription(render(parameter.getDescription()));
        return parameter;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        requestBody.setDescription(render(requestBody.getDescription()));
        return requestBody;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        response.setDescription(render(response.getDescription()));
        return response;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        schema.setDescription(render(schema.getDescription()));
        return schema;
    }

    @Override
    public Tag filterTag(Tag tag) {
        tag.setDescription(render(tag.getDescription()));
        return tag;
    }
}
