package com.profileservice.legal.transparency;

import com.profileservice.policy.LegalBasis;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public counts of legal requests; no handles, reference numbers or authorities. */
@Schema(
    description =
        "Legal requests per half-year of receipt and legal basis. A request is counted in the"
            + " half-year (UTC) in which it was received, with the outcome it has now.")
public record TransparencyReport(
    @Schema(description = "Newest first; only half-years with requests.") List<Period> periods) {

  /** One half-year, such as 2026-H2. */
  @Schema(name = "TransparencyPeriod")
  public record Period(
      @Schema(example = "2026-H2") String period,
      @Schema(description = "Every legal basis, zeros included.") List<Counts> byLegalBasis) {}

  /** The counts for one legal basis in one half-year. */
  @Schema(name = "TransparencyCounts")
  public record Counts(
      LegalBasis legalBasis,
      long received,
      long rejected,
      @Schema(
              description =
                  "Requests whose data was disclosed; for PRESERVATION, those whose holds were"
                      + " placed.")
          long fulfilled,
      @Schema(description = "Distinct accounts disclosed or, for PRESERVATION, frozen.")
          long accountsAffected) {}
}
