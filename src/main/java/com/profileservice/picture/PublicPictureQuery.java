package com.profileservice.picture;

import com.profileservice.policy.Visibility;
import com.profileservice.policy.VisibilityFilter;
import com.profileservice.profile.ProfileAccounts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What the public may fetch of a picture, in one prepared statement on the reactive pool, without a
 * Hibernate session: the picture with its owner's flag for it and what the account's status is
 * computed from. Whether it is shown is decided by the policy filter and the account rule, as for
 * the rest of the public view.
 */
@Singleton
class PublicPictureQuery {

  private static final String SQL =
      """
      SELECT p.visibility ->> 'picture', p.unverified_since, pic.content_type, pic.bytes, pic.sha256
      FROM profile p JOIN picture pic ON pic.profile_id = p.id
      WHERE lower(p.handle) = lower($1)
      """;

  /** Through a leased connection: see {@code DirectoryQueries}. */
  private final Pool pool;

  private final ProfileAccounts accounts;

  PublicPictureQuery(Pool pool, ProfileAccounts accounts) {
    this.pool = pool;
    this.accounts = accounts;
  }

  /** Null when there is no picture, or the public may not see it. */
  Uni<PictureService.Served> shown(String handle) {
    return pool.withConnection(c -> c.preparedQuery(SQL).execute(Tuple.of(handle)))
        .map(this::shown);
  }

  private PictureService.Served shown(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row row = rows.iterator().next();
    String flag = row.getString(0);
    Map<String, Visibility> flags =
        flag == null ? Map.of() : Map.of("picture", Visibility.valueOf(flag));
    OffsetDateTime unverifiedSince = row.getOffsetDateTime(1);
    boolean shown =
        new VisibilityFilter(flags).isPublic("picture")
            && accounts.activeNow(unverifiedSince == null ? null : unverifiedSince.toInstant());
    return shown
        ? new PictureService.Served(row.getString(2), row.getBuffer(3).getBytes(), row.getString(4))
        : null;
  }
}
