package com.profileservice.directory;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of the user directory ({@code profile.directory.*}). */
@ConfigMapping(prefix = "profile.directory")
public interface DirectoryConfig {

  /**
   * The AES key, base64, of 16, 24 or 32 bytes, that seals paging cursors; the same on every
   * replica. Without one, each process makes a random key, so cursors work only against the process
   * that issued them and until it restarts.
   */
  Optional<String> cursorKey();
}
