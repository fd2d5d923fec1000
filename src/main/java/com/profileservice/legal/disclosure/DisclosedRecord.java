package com.profileservice.legal.disclosure;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was disclosed about one target: exactly the approved fields, each keyed by its name. */
@Schema(description = "The approved records of one target, and nothing else.")
public record DisclosedRecord(
    @Schema(description = "Handle of the target account, as stored.", example = "alice")
        String target,
    @Schema(
            description =
                "Each approved name with its value: null when the account holds nothing there,"
                    + " a list for comment_ips.")
        Map<String, Object> fields) {}
