package com.profileservice.commentip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the comment-IP log ({@code profile.comment-ips.*}). */
@ConfigMapping(prefix = "profile.comment-ips")
public interface CommentIpConfig {

  /** How long a logged address is kept, counted from the comment's time. */
  @WithDefault("P90D")
  Duration retention();

  /**
   * How often the retention job's trigger fires, and the period in which one replica runs it;
   * {@code off} stops the job.
   */
  @WithDefault("1h")
  String purgeEvery();
}
