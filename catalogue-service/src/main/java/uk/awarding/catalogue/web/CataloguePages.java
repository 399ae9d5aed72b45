package uk.awarding.catalogue.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.awarding.catalogue.domain.Unit;
import uk.awarding.catalogue.repository.QualificationRepository;
import uk.awarding.catalogue.service.CatalogueQueries;
import uk.awarding.catalogue.service.QualificationResponse;
import uk.awarding.catalogue.service.QualificationSummary;
import uk.awarding.catalogue.service.UnitResponse;
import uk.awarding.platform.rest.ResultPage;

/**
 * Server-rendered pages for browsing the catalogue. Public: published qualifications, their rules of combination
 * and unit content are public information, and centres look them up before they have any account.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages", description = "Public HTML pages for browsing the catalogue")
public class CataloguePages {

    private static final int PAGE_SIZE = 20;

    private final CatalogueQueries queries;

    CataloguePages(CatalogueQueries queries) {
        this.queries = queries;
    }

    /** What the search form was filled in with, so the page can show it again. */
    public record Filters(String q, String level, String awardingOrganisation) {

        /** The query string of the same search at another page, URL-encoded (the template HTML-escapes it). */
        public String query(int page) {
            return "q=" + encode(q) + "&level=" + encode(level) + "&awardingOrganisation=" + encode(awardingOrganisation)
                    + "&page=" + page;
        }

        private static String encode(String value) {
            return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance qualifications(ResultPage<QualificationSummary> results, Filters filters,
                List<Integer> levels, List<String> awardingOrganisations, Integer previousPage, Integer nextPage);

        static native TemplateInstance qualification(QualificationResponse qualification);

        static native TemplateInstance unit(UnitResponse unit);
    }

    @GET
    @Operation(summary = "The catalogue's front page: the qualification search")
    @APIResponse(responseCode = "303", description = "To the qualification search, /qualifications")
    public Response home() {
        return Response.seeOther(URI.create("/qualifications")).build();
    }

    @GET
    @Path("qualifications")
    @Operation(summary = "Search qualifications by text, level and awarding organisation")
    @APIResponse(responseCode = "200", description = "The search form and a page of qualifications", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, description = "An HTML page")))
    public TemplateInstance qualifications(
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("level") @Pattern(regexp = "[1-8]?", message = "must be a level from 1 to 8") String level,
            @QueryParam("awardingOrganisation") @Size(max = 120) String awardingOrganisation,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page) {
        Filters filters = new Filters(blankToNull(text), blankToNull(level), blankToNull(awardingOrganisation));
        var search = new QualificationRepository.Search(filters.level() == null ? null : Integer.valueOf(filters.level()),
                filters.awardingOrganisation(), filters.q(), null);
        ResultPage<QualificationSummary> results = queries.search(search, page, PAGE_SIZE).map(QualificationSummary::from);
        Integer previous = page > 0 ? page - 1 : null;
        Integer next = (long) (page + 1) * PAGE_SIZE < results.total() ? page + 1 : null;
        return Templates.qualifications(results, filters, queries.levels(), queries.awardingOrganisations(), previous, next);
    }

    @GET
    @Path("qualifications/{id}")
    @Operation(summary = "A qualification and its rules of combination")
    @APIResponse(responseCode = "200", description = "The qualification's page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, description = "An HTML page")))
    @APIResponse(responseCode = "404", description = "qualification-not-found")
    public TemplateInstance qualification(@PathParam("id") String id) {
        return Templates.qualification(QualificationResponse.from(queries.qualification(id)));
    }

    @GET
    @Path("units/{unitId: .+}")
    @Operation(summary = "A unit with its learning outcomes, assessment criteria and range")
    @APIResponse(responseCode = "200", description = "The unit's page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, description = "An HTML page")))
    @APIResponse(responseCode = "404", description = "unit-not-found")
    public TemplateInstance unit(@PathParam("unitId") String unitId) {
        Unit unit = queries.unit(unitId);
        return Templates.unit(UnitResponse.from(unit, queries.qualificationIdsContaining(unit)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
