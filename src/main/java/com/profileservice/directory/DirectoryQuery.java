package com.profileservice.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /directory}; use as a {@code @BeanParam @Valid} parameter.
 * Empty filters mean "any"; out-of-range values are a 422 naming the parameter.
 */
public class DirectoryQuery {

  public static final int MAX_LIMIT = 100;

  @QueryParam("country")
  @Parameter(
      description = "ISO 3166-1 alpha-2 code, any case.",
      example = "NL",
      schema = @Schema(type = SchemaType.STRING, pattern = "^([A-Za-z]{2})?$", maxLength = 2))
  @Pattern(regexp = "([A-Za-z]{2})?", message = "must be an ISO 3166-1 alpha-2 code")
  public String country;

  @QueryParam("state")
  @Parameter(description = "State as entered, matched ignoring case.")
  @Size(max = 100)
  public String state;

  @QueryParam("city")
  @Parameter(description = "City as entered, matched ignoring case.")
  @Size(max = 100)
  public String city;

  @QueryParam("limit")
  @DefaultValue("20")
  @Parameter(description = "Entries per page, 1 to 100.")
  @Min(1)
  @Max(MAX_LIMIT)
  public int limit;

  @QueryParam("cursor")
  @Parameter(description = "The next value of the previous page, with the same filters.")
  public String cursor;

  DirectoryFilter filter() {
    return DirectoryFilter.of(country, state, city);
  }
}
