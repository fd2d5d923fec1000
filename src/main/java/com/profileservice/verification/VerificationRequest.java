package com.profileservice.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token from a verification message. */
@Schema(description = "The code from a verification message.")
public record VerificationRequest(@NotBlank @Size(max = 200) String token) {}
