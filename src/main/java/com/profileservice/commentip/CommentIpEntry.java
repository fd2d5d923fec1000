package com.profileservice.commentip;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One logged comment address, as its journal's owner sees it. */
@Schema(description = "A comment on the owner's journal and the address it came from.")
public record CommentIpEntry(String commentId, String ip, Instant postedAt) {}
