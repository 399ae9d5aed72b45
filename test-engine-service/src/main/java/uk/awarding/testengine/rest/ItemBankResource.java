package uk.awarding.testengine.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.service.ItemBank;
import uk.awarding.testengine.service.ItemView;

/**
 * A unit's whole item bank as an IMS QTI 3.0 content package, for awarding staff only: assessment materials are
 * confidential (Ofqual General Condition G4), so they never ship with the service and enter only through here.
 */
@Path("/api/item-banks")
@RolesAllowed(Roles.STAFF)
@Tag(name = "Item banks", description = "A unit's item bank as a QTI 3.0 content package, and its review")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not awarding staff")
public class ItemBankResource {

    static final String ZIP = "application/zip";
    private static final String UNIT = "[0-9]{4}-[0-9]{3}";

    private final ItemBank itemBank;
    private final Caller caller;

    ItemBankResource(ItemBank itemBank, Caller caller) {
        this.itemBank = itemBank;
        this.caller = caller;
    }

    @GET
    @Path("{unit}/package")
    @Produces(ZIP)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The latest version of every item of a unit as an IMS QTI 3.0 content package (zip)", description = "imsmanifest.xml with one imsqti_item_xmlv3p0 resource per item (LOM metadata: item code, "
            + "unit/LO/AC classification, version, status, change note, enemies) and item-<code>.xml per item.")
    @APIResponse(responseCode = "200", description = "The package", content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "404", description = "item-bank-not-found")
    public Response exportPackage(@PathParam("unit") @Pattern(regexp = UNIT) String unit) {
        return Response.ok(itemBank.exportPackage(unit))
                .header("Content-Disposition", "attachment; filename=\"item-bank-" + unit + ".zip\"").build();
    }

    @POST
    @Path("package")
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Import an IMS QTI 3.0 content package: all items or none; every new version is DRAFT", description = "Per item: a new code becomes version 1, content equal to the latest version changes nothing "
            + "(re-importing an export is harmless), other content becomes a new version. Anything the bank "
            + "cannot hold is refused, every problem named in one answer.")
    @APIResponse(responseCode = "200", description = "What the import did per item", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageImportResponse.class), examples = @ExampleObject(name = "one new item, one unchanged", value = """
            {"created": 1, "unchanged": 1, "items": [
              {"itemCode": "210-1-001", "version": 2, "status": "DRAFT", "created": true},
              {"itemCode": "210-1-002", "version": 1, "status": "LIVE", "created": false}],
             "awaitingReview": [{"itemCode": "210-1-001", "version": 2}]}""")))
    @APIResponse(responseCode = "400", description = "invalid-package: not a zip, a zip bomb, or an entry outside the "
            + "package")
    @APIResponse(responseCode = "413", description = "body-too-large (over 1 MiB)")
    @APIResponse(responseCode = "422", description = "unsupported-qti: errors lists every problem by file", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "two problems", value = """
            {"type": "urn:awarding:problem:unsupported-qti", "title": "QTI the item bank cannot hold", "status": 422,
             "detail": "2 problems; every one is listed in errors", "errors": [
              {"field": "item-210-1-001.xml", "message": "a multiple-response interaction (max-choices=\\"2\\") is not supported: the bank holds single-choice items"},
              {"field": "img/chart.png", "message": "no item of the manifest names this file, so the bank could not hold it"}]}""")))
    public PackageImportResponse importPackage(
            @RequestBody(required = true, content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"), example = "item-bank-2794-210.zip: imsmanifest.xml and item-210-1-001.xml to item-210-4-015.xml, "
                    + "as GET /api/item-banks/2794-210/package answers")) byte[] zip) {
        return PackageImportResponse.from(itemBank.importPackage(zip, caller.name()));
    }

    @POST
    @Path("{unit}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Approve the named DRAFT versions of a unit, all or none, recording the reviewer and one note", description = "Each version must be its item's latest, DRAFT and not yet reviewed; each goes LIVE and "
            + "retires its item's older LIVE version. Only the versions named are approved.")
    @APIResponse(responseCode = "200", description = "The approved versions, now LIVE", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "409", description = "item-not-awaiting-review: errors names every refused entry")
    public List<ItemView> approveAll(@PathParam("unit") @Pattern(regexp = UNIT) String unit,
            @Valid @NotNull BulkApprovalRequest request) {
        return itemBank.approveAll(unit, request.versions(), caller.name(), request.note()).stream()
                .map(ItemView::from).toList();
    }
}
