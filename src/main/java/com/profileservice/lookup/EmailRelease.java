package com.profileservice.lookup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address released to the mailer for one purpose. */
@Schema(description = "The verified address in use, released for the stated purpose.")
public record EmailRelease(String email) {}
