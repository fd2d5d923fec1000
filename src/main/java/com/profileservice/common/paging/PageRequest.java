package com.profileservice.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of every paged list; use as a
 * {@code @BeanParam @Valid} resource parameter. Out-of-range values are a 422 naming the parameter.
 */
public class PageRequest {

  public static final int MAX_SIZE = 100;

  /** Far beyond any real list; it keeps page times size within the range of an offset. */
  public static final int MAX_PAGE = 10_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_PAGE)
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_SIZE)
  public int size;

  public static PageRequest of(int page, int size) {
    PageRequest request = new PageRequest();
    request.page = page;
    request.size = size;
    return request;
  }

  /** The Panache page for this request. */
  public io.quarkus.panache.common.Page panache() {
    return io.quarkus.panache.common.Page.of(page, size);
  }
}
