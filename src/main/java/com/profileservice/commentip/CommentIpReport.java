package com.profileservice.commentip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the comments service reports about one comment. */
@Schema(description = "A comment and the address it was posted from.")
public record CommentIpReport(
    @NotBlank @Size(max = 100) @Schema(example = "c-1234") String commentId,
    @NotBlank
        @Schema(
            description = "IPv4 or IPv6 literal.",
            example = "192.0.2.10",
            maxLength = IpAddresses.MAX_LITERAL_LENGTH)
        String ip,
    @NotNull @Schema(example = "2026-11-30T12:00:00Z", maxLength = 35) Instant postedAt) {}
