package uk.awarding.testengine.rest;

import java.util.List;

import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.service.ItemBank;

/**
 * What a content package import did: each item's stored version and whether the import created it; and the versions
 * of the package awaiting review, shaped as {@code POST /api/item-banks/{unit}/review} takes them, so a script can
 * approve exactly what it imported and nothing else.
 */
public record PackageImportResponse(int created, int unchanged, List<Entry> items,
        List<BulkApprovalRequest.Version> awaitingReview) {

    public record Entry(String itemCode, int version, ItemStatus status, boolean created) {
    }

    static PackageImportResponse from(List<ItemBank.ImportResult> results) {
        int created = (int) results.stream().filter(ItemBank.ImportResult::created).count();
        return new PackageImportResponse(created, results.size() - created,
                results.stream().map(r -> new Entry(r.item().getItemCode(), r.item().getVersion(), r.item().getStatus(),
                        r.created())).toList(),
                results.stream().filter(r -> r.item().awaitsReview())
                        .map(r -> new BulkApprovalRequest.Version(r.item().getItemCode(), r.item().getVersion())).toList());
    }
}
