package com.profileservice.profile;

import com.profileservice.policy.Visibility;
import java.time.LocalDate;
import java.util.Map;

/** A profile document that passed every rule, with its values in their stored types. */
record ValidProfile(
    String handle,
    String name,
    String email,
    LocalDate birthday,
    Gender gender,
    String website,
    Im im,
    Location location,
    String phone,
    Map<String, Visibility> visibility) {}
