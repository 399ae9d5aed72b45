package uk.awarding.testengine.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.testengine.service.ItemBank;

/**
 * The item versions a reviewer approves, each named (as a package import lists them in {@code awaitingReview}), and
 * the one note recorded on every one of them.
 */
@Schema(example = "{\"items\": [{\"itemCode\": \"210-1-001\", \"version\": 1}, {\"itemCode\": \"210-1-002\", \"version\": 1}], "
        + "\"note\": \"Reviewed against the unit 210 review checklist.\"}")
public record BulkApprovalRequest(@NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull Version> items,
        @NotBlank @Size(max = ItemRequest.TEXT) String note) {

    public record Version(@NotBlank @Size(max = 32) String itemCode, @Min(1) int version) {
    }

    List<ItemBank.VersionRef> versions() {
        return items.stream().map(v -> new ItemBank.VersionRef(v.itemCode(), v.version())).toList();
    }
}
