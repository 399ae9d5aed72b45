package uk.awarding.platform.rest;

import java.util.List;
import java.util.function.Function;

/**
 * The list envelope every service answers with ({@code {items, page, size, total}}, docs/architecture.md): page numbers
 * start at 0, {@code total} counts every match so clients can page without guessing.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
