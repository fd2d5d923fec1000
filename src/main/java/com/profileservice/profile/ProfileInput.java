package com.profileservice.profile;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The profile document a client writes: the body of {@code POST /profiles}, and the shape that a
 * {@code PATCH /me} merge patch is applied to. Values arrive as text and are checked by {@link
 * ProfileValidator} against {@link ProfileFields}, so every bad value is reported as a named field
 * rather than a parse error; what is required comes from the policy table. The OpenAPI description
 * of the checks comes from the same place ({@link ProfileOpenApiFilter}).
 */
@Schema(
    name = "ProfileInput",
    description =
        "A profile as the owner writes it. handle is required on creation and cannot change"
            + " afterwards. Unknown and server-owned properties are refused.")
public record ProfileInput(
    String handle,
    String name,
    String email,
    @Schema(format = "date") String birthday,
    @Schema(enumeration = {"MALE", "FEMALE", "UNSPECIFIED"}) String gender,
    String website,
    Im im,
    Location location,
    @Schema(description = "E.164") String phone,
    @Schema(
            description = "Field name to PUBLIC or PRIVATE; see GET /policy for what each allows.",
            example = "{\"email\": \"PUBLIC\"}")
        Map<String, String> visibility) {}
