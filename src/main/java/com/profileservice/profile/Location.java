package com.profileservice.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the owner lives, as the owner enters and sees it; checked by {@link ProfileFields}. */
@Schema(description = "Location; the country is an ISO 3166-1 alpha-2 code.")
public record Location(String city, String state, String country, String zip) {}
