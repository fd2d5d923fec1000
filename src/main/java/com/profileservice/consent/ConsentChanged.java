package com.profileservice.consent;

/** An owner's grant or withdrawal of one consent, as {@link ConsentChangeReaction}s receive it. */
public record ConsentChanged(String subject, String consent, boolean granted) {}
