package no.ehelse.followup.platform.events;

import java.io.InputStream;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the service's event contract next to {@code /q/openapi}: {@code /q/asyncapi} is its AsyncAPI
 * document, and the JSON Schemas it refers to are served from {@code /q/schema/}, so the document's
 * relative references resolve for a reader online as they do in the repository.
 */
@Path("/q")
@PermitAll
public class EventContractResource {

    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]+\\.(asyncapi\\.yaml|schema\\.json)");

    @ConfigProperty(name = "followup.events.topic")
    String topic;

    @GET
    @Path("asyncapi")
    @Operation(hidden = true)
    public Response asyncApi() {
        return Response.seeOther(URI.create("/q/asyncapi/" + topic + ".asyncapi.yaml")).build();
    }

    @GET
    @Path("asyncapi/{file}")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public InputStream asyncApiDocument(@PathParam("file") String file) {
        return contractFile("asyncapi/", file);
    }

    @GET
    @Path("schema/{file}")
    @Produces("application/schema+json")
    @Operation(hidden = true)
    public InputStream schema(@PathParam("file") String file) {
        return contractFile("schema/", file);
    }

    private static InputStream contractFile(String folder, String file) {
        InputStream content = FILE_NAME.matcher(file).matches()
                ? EventContractResource.class.getClassLoader().getResourceAsStream(folder + file)
                : null;
        if (content == null) {
            throw new NotFoundException("No " + folder + file + " in the event contract");
        }
        return content;
    }
}
