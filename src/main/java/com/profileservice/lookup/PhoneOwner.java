package com.profileservice.lookup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who owns a phone number, and nothing else about them. */
@Schema(description = "The handle whose profile lists the number.")
public record PhoneOwner(String handle) {}
