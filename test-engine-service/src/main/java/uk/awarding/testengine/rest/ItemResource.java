package uk.awarding.testengine.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemStatistics;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.repository.ItemRepository.ItemFilter;
import uk.awarding.testengine.service.ItemBank;
import uk.awarding.testengine.service.ItemStatisticsService;
import uk.awarding.testengine.service.ItemView;

/** The item bank for awarding staff: items by code, their versions, QTI 3.0 exchange and item statistics. */
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
@Tag(name = "Items", description = "Item bank: create, revise as a new version, review, retire, QTI 3.0, statistics")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not awarding staff")
public class ItemResource {

    private static final String STATUS_PATTERN = "DRAFT|LIVE|RETIRED";

    private final ItemBank itemBank;
    private final ItemStatisticsService statistics;
    private final Caller caller;

    ItemResource(ItemBank itemBank, ItemStatisticsService statistics, Caller caller) {
        this.itemBank = itemBank;
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Item versions matching the filters, by item code and version")
    @APIResponse(responseCode = "200", description = "A page of item versions")
    @APIResponse(responseCode = "400", description = "validation-failed")
    public ResultPage<ItemView> list(@QueryParam("unit") String unit, @QueryParam("learningOutcome") String learningOutcome,
            @QueryParam("assessmentCriterion") String assessmentCriterion,
            @QueryParam("status") @Pattern(regexp = STATUS_PATTERN) String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        var filter = new ItemFilter(unit, learningOutcome, assessmentCriterion,
                status == null ? null : ItemStatus.valueOf(status));
        return itemBank.search(filter, page, size).map(ItemView::from);
    }

    @GET
    @Path("statistics")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Item statistics of a unit: facility, discrimination and distractor analysis per item version", description = "Over the unit's completed (submitted or expired) sittings. Facility: proportion correct. "
            + "Discrimination: corrected point-biserial against the rest score (correct answers on the rest "
            + "of the form). Per option A-D and omitted: count, rate, mean rest score of those who chose it "
            + "and point-biserial. Flags (too-hard, too-easy, low-discrimination, "
            + "distractor-attracts-high-scorers) are raised only from minResponses administrations "
            + "(test-engine.statistics.min-responses, default 100); below it sufficient is false and flags "
            + "empty. Null correlations are undefined (no variation).")
    @APIResponse(responseCode = "200", description = "A page of item versions by item code and version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemStatisticsPage.class), examples = @ExampleObject(name = "one item too new to flag, one flagged", value = ItemStatisticsPage.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "validation-failed: no unit, flagged not true or false, page below 0 "
            + "or size outside 1-200")
    public ResultPage<ItemStatistics.Result> statistics(@QueryParam("unit") @NotBlank String unit,
            @Parameter(description = "true: only item versions with a flag; false: only those without") @QueryParam("flagged") @Pattern(regexp = "true|false") String flagged,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return statistics.forUnit(unit, flagged == null ? null : Boolean.valueOf(flagged), page, size);
    }

    @GET
    @Path("{itemCode}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The latest version of an item")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "item-not-found")
    public ItemView latest(@PathParam("itemCode") String itemCode) {
        return ItemView.from(itemBank.latest(itemCode));
    }

    @GET
    @Path("{itemCode}/versions")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Every version of an item, oldest first")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "item-not-found")
    public List<ItemView> versions(@PathParam("itemCode") String itemCode) {
        return itemBank.versions(itemCode).stream().map(ItemView::from).toList();
    }

    @GET
    @Path("{itemCode}/versions/{version}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One version of an item, exactly as it was")
    @APIResponse(responseCode = "200", description = "The item version")
    @APIResponse(responseCode = "404", description = "item-not-found")
    public ItemView version(@PathParam("itemCode") String itemCode, @PathParam("version") int version) {
        return ItemView.from(itemBank.version(itemCode, version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Write a new item: version 1, DRAFT, the next free code of its learning outcome")
    @APIResponse(responseCode = "201", description = "Created; Location names the item", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "422", description = "invalid-item")
    public Response create(@Valid @NotNull ItemRequest request) {
        return created(itemBank.create(request.content(), request.statusOrDraft(), author(), request.changeNote()));
    }

    @POST
    @Path("{itemCode}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Revise an item: a new DRAFT version; it goes LIVE only by review")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "404", description = "item-not-found")
    @APIResponse(responseCode = "422", description = "invalid-item")
    public Response revise(@PathParam("itemCode") String itemCode, @Valid @NotNull ItemRequest request) {
        return created(itemBank.revise(itemCode, request.content(), request.statusOrDraft(), author(),
                request.changeNote()));
    }

    @POST
    @Path("{itemCode}/versions/{version}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Review a DRAFT version: APPROVE makes it LIVE (retiring the older LIVE version), REJECT keeps it "
            + "DRAFT for good; the reviewer, time and note are recorded", description = "Only the item's latest version, DRAFT and not yet reviewed, can be reviewed.")
    @APIResponse(responseCode = "200", description = "The reviewed version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class), examples = @ExampleObject(name = "approved", value = """
            {"itemCode": "210-1-001", "version": 2, "status": "LIVE", "reviewDecision": "APPROVED",
             "reviewedBy": "staff", "reviewedAt": "2026-12-06T10:15:30Z",
             "reviewNote": "Key and rationale checked against AC1.1."}""")))
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "404", description = "item-not-found")
    @APIResponse(responseCode = "409", description = "item-not-awaiting-review")
    public ItemView review(@PathParam("itemCode") String itemCode, @PathParam("version") int version,
            @Valid @NotNull ReviewRequest request) {
        return ItemView.from(itemBank.review(itemCode, version, request.reviewDecision(), author(), request.note()));
    }

    @POST
    @Path("{itemCode}/retirement")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Retire an item: no version of it is drawn again; past sittings keep it")
    @APIResponse(responseCode = "200", description = "The retired item's latest version")
    @APIResponse(responseCode = "404", description = "item-not-found")
    public ItemView retire(@PathParam("itemCode") String itemCode) {
        return ItemView.from(itemBank.retire(itemCode));
    }

    @GET
    @Path("{itemCode}/versions/{version}/qti")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "An item version as an IMS QTI 3.0 qti-assessment-item (choice interaction)")
    @APIResponse(responseCode = "200", description = "The QTI document")
    @APIResponse(responseCode = "404", description = "item-not-found")
    public String exportQti(@PathParam("itemCode") String itemCode, @PathParam("version") int version) {
        return itemBank.exportQti(itemCode, version);
    }

    @POST
    @Path("qti")
    @Consumes(MediaType.APPLICATION_XML)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Import an IMS QTI 3.0 item as a new DRAFT version of a stored item, or nothing if unchanged", description = "An item document has no unit, learning outcome, assessment criterion or enemies: they stay "
            + "the latest version's. A new item comes in a content package (POST /api/item-banks/package).")
    @APIResponse(responseCode = "201", description = "The new DRAFT version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "200", description = "Unchanged: the latest version already has this content", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "invalid-qti: not well-formed, a DOCTYPE, or not a qti-assessment-item")
    @APIResponse(responseCode = "422", description = "unsupported-qti (errors name everything the bank cannot hold) or "
            + "invalid-item")
    public Response importQti(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING), example = """
                    <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item-210-2-004"
                        title="210-2-004" adaptive="false" time-dependent="false">
                      <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                        <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
                      </qti-response-declaration>
                      <qti-item-body>
                        <qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="true">
                          <qti-prompt>What does a customer service charter publish to customers?</qti-prompt>
                          <qti-simple-choice identifier="A">The standards of service customers can expect</qti-simple-choice>
                          <qti-simple-choice identifier="B">The prices of every product it sells</qti-simple-choice>
                          <qti-simple-choice identifier="C">The pay scales of its customer service staff</qti-simple-choice>
                          <qti-simple-choice identifier="D">The names of its main suppliers</qti-simple-choice>
                        </qti-choice-interaction>
                      </qti-item-body>
                      <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>
                    </qti-assessment-item>""")) String xml) {
        ItemBank.ImportResult result = itemBank.importQti(xml, author());
        return result.created() ? created(result.item()) : Response.ok(ItemView.from(result.item())).build();
    }

    private String author() {
        return caller.name();
    }

    private static Response created(Item item) {
        return Response.created(URI.create("/api/items/" + item.getItemCode() + "/versions/" + item.getVersion()))
                .entity(ItemView.from(item)).build();
    }
}
