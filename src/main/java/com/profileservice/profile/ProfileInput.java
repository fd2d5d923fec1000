package com.profileservice.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The profile document a client writes: the body of {@code POST /profiles}, and the shape that a
 * {@code PATCH /me} merge patch is applied to. Values arrive as text and are checked by {@link
 * ProfileValidator}, so every bad value is reported as a named field rather than a parse error.
 */
@Schema(
    name = "ProfileInput",
    description =
        "A profile as the owner writes it. handle is required on creation and cannot change"
            + " afterwards. Unknown and server-owned properties are refused.")
public record ProfileInput(
    @NotNull
        @Pattern(regexp = "[A-Za-z0-9_]{1,15}", message = "must be 1-15 letters, digits or _")
        @Schema(example = "alice")
        String handle,
    @NotBlank @Size(max = 100) @Schema(example = "Alice Liddell") String name,
    @NotNull @Size(max = 254) @Email @Schema(example = "alice@example.org") String email,
    @Schema(format = "date", example = "1990-05-04") String birthday,
    @Schema(enumeration = {"MALE", "FEMALE", "UNSPECIFIED"}) String gender,
    @Size(max = 2048) @Schema(example = "https://alice.example.org/") String website,
    @Valid Im im,
    @Valid Location location,
    @Schema(description = "E.164", example = "+31612345678") String phone,
    @Schema(
            description = "Field name to PUBLIC or PRIVATE; see GET /policy for what each allows.",
            example = "{\"email\": \"PUBLIC\"}")
        Map<String, String> visibility) {}
