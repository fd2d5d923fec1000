package com.profileservice.common.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** SMTP settings ({@code profile.mail.*}); only the production sender reads them. */
@ConfigMapping(prefix = "profile.mail")
public interface MailConfig {

  /** The sender address of every message. */
  @WithDefault("no-reply@profile-service.invalid")
  String from();

  /** The SMTP server. */
  @WithDefault("localhost")
  String host();

  @WithDefault("587")
  int port();

  Optional<String> username();

  Optional<String> password();

  /** STARTTLS is required unless switched off, so credentials never cross the wire in clear. */
  @WithDefault("true")
  boolean startTls();
}
