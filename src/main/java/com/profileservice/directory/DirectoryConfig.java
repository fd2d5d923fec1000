package com.profileservice.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the user directory ({@code profile.directory.*}). */
@ConfigMapping(prefix = "profile.directory")
public interface DirectoryConfig {

  /**
   * The AES key, base64, of 16, 24 or 32 bytes, that seals paging cursors. The default is for dev
   * and test only and is public knowledge; production must supply its own, the same on every
   * replica.
   */
  @WithDefault("qLkxF9o3aJAcQKSxu6QToa+0E3P5HFc1PSxGlO7UetY=")
  String cursorKey();
}
