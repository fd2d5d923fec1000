package com.profileservice.directory;

import com.profileservice.common.secrets.SharedSecrets;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The key of directory cursors, the same on every replica: the configured one when set (checked at
 * start-up, so a malformed key stops the service), otherwise the one the replicas share in the
 * database, created by whichever needs it first.
 */
@Startup
@Singleton
public class DirectoryCursorKey {

  /** The name of the shared key in {@code service_secret}. */
  static final String SHARED_NAME = "directory.cursor-key";

  private static final int SHARED_BYTES = 32;

  private final Optional<DirectoryCursors> configured;
  private final SharedSecrets secrets;

  public DirectoryCursorKey(DirectoryConfig config, SharedSecrets secrets) {
    this.configured = config.cursorKey().map(DirectoryCursors::key).map(DirectoryCursors::new);
    this.secrets = secrets;
  }

  Uni<DirectoryCursors> cursors() {
    return configured
        .map(cursors -> Uni.createFrom().item(cursors))
        .orElseGet(
            () ->
                secrets
                    .key(SHARED_NAME, SHARED_BYTES)
                    .map(bytes -> new DirectoryCursors(DirectoryCursors.key(bytes))));
  }
}
