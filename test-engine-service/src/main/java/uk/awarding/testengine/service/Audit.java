package uk.awarding.testengine.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.testengine.repository.ItemRepository;
import uk.awarding.testengine.repository.ItemRepository.ReviewFilter;
import uk.awarding.testengine.repository.SessionEventRepository;
import uk.awarding.testengine.repository.SessionEventRepository.AuditFilter;

/**
 * What awarding staff read back: every centre's session and sitting audit (the events the actions wrote in their own
 * transactions) and the item review audit (who approved or rejected which version, when and why).
 */
@ApplicationScoped
public class Audit {

    private final SessionEventRepository events;
    private final ItemRepository items;

    Audit(SessionEventRepository events, ItemRepository items) {
        this.events = events;
        this.items = items;
    }

    @Transactional
    public ResultPage<SessionEventView> events(AuditFilter filter, int page, int size) {
        return new ResultPage<>(events.search(filter, Page.of(page, size)).stream().map(SessionEventView::from).toList(),
                page, size, events.count(filter));
    }

    @Transactional
    public ResultPage<ItemView> reviews(ReviewFilter filter, int page, int size) {
        return new ResultPage<>(items.reviewed(filter, Page.of(page, size)).stream().map(ItemView::from).toList(), page,
                size, items.countReviewed(filter));
    }
}
