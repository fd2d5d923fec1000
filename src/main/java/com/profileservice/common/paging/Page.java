package com.profileservice.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a longer, stably ordered list. */
@Schema(description = "A page of results.")
public record Page<T>(
    @Schema(description = "The items on this page.") List<T> items,
    @Schema(description = "Zero-based page number.") int page,
    @Schema(description = "Items per page.") int size,
    @Schema(description = "Items across all pages.") long totalItems) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
  }
}
