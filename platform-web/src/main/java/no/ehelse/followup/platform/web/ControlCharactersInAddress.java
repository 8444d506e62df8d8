package no.ehelse.followup.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import no.ehelse.followup.platform.problem.ProblemException;

/**
 * The control-character rule ({@link ControlCharacters}) for the address too: a path segment or query
 * parameter such as {@code %00} would otherwise reach a database query as a parameter PostgreSQL cannot
 * hold, and answer 500. Refused with a 400 naming the parameter (or {@code path}) before any resource runs.
 */
public class ControlCharactersInAddress {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        String problem = ControlCharacters.problemIn(request.getUriInfo().getPath());
        if (problem != null) {
            throw ProblemException.invalid("path", problem);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            problem = ControlCharacters.problemIn(parameter.getKey());
            for (String value : parameter.getValue()) {
                problem = problem != null ? problem : ControlCharacters.problemIn(value);
            }
            if (problem != null) {
                throw ProblemException.invalid(parameter.getKey(), problem);
            }
        }
    }
}
