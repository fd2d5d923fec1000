package com.profileservice.selfservice;

import com.profileservice.commentip.CommentIpEntry;
import com.profileservice.ledger.LedgerEntryView;
import com.profileservice.picture.PictureService.PictureMetadata;
import com.profileservice.profile.OwnerProfile;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of {@code GET /me/export} for the API description. {@link ExportService} builds the
 * document from {@link ExportSection} beans, one key each, so a feature can add a section without
 * this package knowing its type; a test (ExportAndErasureTest) keeps the keys of this record and
 * the sections equal. The disclosures section belongs to the legal feature, which depends on this
 * one, so that feature describes its items (legal.disclosure.DisclosureOpenApiFilter).
 */
@Schema(
    name = ExportDocument.SCHEMA,
    description = "Everything the service holds about the caller.")
public record ExportDocument(
    @Schema(required = true, description = "When the export was made.") Instant exportedAt,
    @Schema(required = true) OwnerProfile profile,
    @Schema(required = true, maxItems = 100_000, description = "Newest first.")
        List<LedgerEntryView> consentLedger,
    @Schema(required = true, maxItems = 100_000, description = "Newest first.")
        List<CommentIpEntry> commentIps,
    @Schema(
            description = "The stored picture without its bytes; null when there is none.",
            nullable = true,
            required = true)
        PictureMetadata picture,
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            maxItems = 100_000,
            description = "Fulfilled legal requests about the caller already noticed to them.")
        List<Object> disclosures) {

  /** The schema's name in the API description. */
  public static final String SCHEMA = "Export";
}
