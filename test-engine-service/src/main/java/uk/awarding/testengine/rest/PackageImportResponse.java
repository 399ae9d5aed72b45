package uk.awarding.testengine.rest;

import java.util.List;

import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.service.ItemBank;

/** What a content package import did: each item's stored version and whether the import created it. */
public record PackageImportResponse(int created, int unchanged, List<Entry> items) {

    public record Entry(String itemCode, int version, ItemStatus status, boolean created) {
    }

    static PackageImportResponse from(List<ItemBank.ImportResult> results) {
        int created = (int) results.stream().filter(ItemBank.ImportResult::created).count();
        return new PackageImportResponse(created, results.size() - created,
                results.stream().map(r -> new Entry(r.item().getItemCode(), r.item().getVersion(), r.item().getStatus(),
                        r.created())).toList());
    }
}
