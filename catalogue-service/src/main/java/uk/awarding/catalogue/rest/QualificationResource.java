package uk.awarding.catalogue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.catalogue.domain.QualificationStatus;
import uk.awarding.catalogue.repository.QualificationRepository;
import uk.awarding.catalogue.service.CatalogueEditing;
import uk.awarding.catalogue.service.CatalogueQueries;
import uk.awarding.catalogue.service.QualificationResponse;
import uk.awarding.catalogue.service.QualificationSummary;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

@Path("/api/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications", description = "Qualifications, their rules of combination and achievement against them")
@APIResponse(responseCode = "401", description = "No valid token")
public class QualificationResource {

    private final CatalogueQueries queries;
    private final CatalogueEditing editing;
    private final Caller caller;

    QualificationResource(CatalogueQueries queries, CatalogueEditing editing, Caller caller) {
        this.queries = queries;
        this.editing = editing;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.CANDIDATE, Roles.CENTRE, Roles.STAFF, Roles.SERVICE })
    @Operation(summary = "Search the catalogue's qualifications", description = "Ordered by awarding organisation, level, title and id.")
    @APIResponse(responseCode = "200", description = "A page of qualifications")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging (validation-failed)")
    public ResultPage<QualificationSummary> search(
            @QueryParam("level") @Pattern(regexp = "[1-8]", message = "must be a level from 1 to 8") String level,
            @QueryParam("awardingOrganisation") @Size(max = 120) String awardingOrganisation,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("status") @Pattern(regexp = "DRAFT|OPEN", message = "must be DRAFT or OPEN") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var search = new QualificationRepository.Search(level == null ? null : Integer.valueOf(level),
                blankToNull(awardingOrganisation), blankToNull(text),
                status == null ? null : QualificationStatus.valueOf(status));
        return queries.search(search, page, size).map(QualificationSummary::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CANDIDATE, Roles.CENTRE, Roles.STAFF, Roles.SERVICE })
    @Operation(summary = "A qualification with its units grouped by its rules of combination")
    @APIResponse(responseCode = "200", description = "The qualification")
    @APIResponse(responseCode = "404", description = "qualification-not-found")
    public QualificationResponse get(@PathParam("id") String id) {
        return QualificationResponse.from(queries.qualification(id));
    }

    @POST
    @Path("{id}/achievement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CANDIDATE, Roles.CENTRE, Roles.STAFF, Roles.SERVICE })
    @Operation(summary = "Whether the achieved units meet the rules of combination, with the shortfalls in words")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "400", description = "unknown-units, validation-failed or malformed-body")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AchievementRequest.class), examples = @ExampleObject(name = "six mandatory units and one optional", value = OpenApiExamples.ACHIEVEMENT)))
    @APIResponse(responseCode = "404", description = "qualification-not-found")
    @APIResponse(responseCode = "422", description = "units-not-in-qualification")
    public AchievementResponse achievement(@PathParam("id") String id, @Valid @NotNull AchievementRequest request) {
        return AchievementResponse.from(queries.achievement(id, request.units()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Replace the published facts of a qualification (status included)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualificationChange.class), examples = @ExampleObject(name = "City & Guilds 2794-02", value = OpenApiExamples.QUALIFICATION_CHANGE)))
    @APIResponse(responseCode = "200", description = "The amended qualification")
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "403", description = "forbidden")
    @APIResponse(responseCode = "409", description = "stale-version or qualification-number-taken")
    public QualificationResponse amend(@PathParam("id") String id, @Valid @NotNull QualificationChange change) {
        editing.amendQualification(id, change.version(), change.facts(), caller.name());
        return get(id);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Move the qualification to a new specification version")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpecVersionRequest.class), examples = @ExampleObject(name = "a new handbook", value = OpenApiExamples.SPEC_VERSION)))
    @APIResponse(responseCode = "200", description = "The qualification at its new specification version")
    @APIResponse(responseCode = "409", description = "stale-version or spec-version-exists")
    public QualificationResponse newSpecVersion(@PathParam("id") String id, @Valid @NotNull SpecVersionRequest request) {
        editing.publishSpecVersion(id, request.version(), request.specVersion(), request.sourceDocument(), caller.name());
        return get(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
