package com.profileservice.profile;

import com.profileservice.policy.Visibility;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what the public view of one profile needs, in one prepared statement on the reactive pool,
 * without a Hibernate session. The columns come from {@link ProfileFields}: each field the policy
 * lets the public see, plus the visibility flags and what the account's status is computed from.
 * The row becomes a detached {@link Profile} holding only those values, which {@link
 * ProfileViews#publicView} turns into the view exactly as for an entity Hibernate loaded.
 */
@Singleton
class PublicViewQuery {

  /** The fields a public view may show, in policy order; their columns follow the first two. */
  private static final List<ProfileField<?>> SHOWABLE =
      ProfileFields.all().stream().filter(f -> f.policy().allows(Visibility.PUBLIC)).toList();

  private static final int FIRST_FIELD = 2;

  /** Served by the unique index on lower(handle); a new handle finds no row. */
  static final String SQL =
      "SELECT visibility, unverified_since, "
          + SHOWABLE.stream().map(ProfileField::column).collect(Collectors.joining(", "))
          + " FROM profile WHERE lower(handle) = lower($1)";

  private static final Visibility[] FLAGS = Visibility.values();

  /**
   * Through a leased connection, never the pool's own {@code preparedQuery}: see {@code
   * DirectoryQueries}. The pool's own (not Mutiny's) API: on this hottest read, Mutiny's callbacks
   * would capture and restore the request's contexts (a transaction manager among them) at every
   * step, for nothing, since the read needs none of them.
   */
  private final Pool pool;

  PublicViewQuery(Pool pool) {
    this.pool = pool;
  }

  /** The profile's public values, or null when no profile has the handle. */
  Future<Profile> find(String handle) {
    return pool.withConnection(c -> c.preparedQuery(SQL).execute(Tuple.of(handle)))
        .map(PublicViewQuery::profile);
  }

  private static Profile profile(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row row = rows.iterator().next();
    Profile profile = new Profile();
    profile.visibility = flags(row.getJsonObject(0));
    OffsetDateTime unverifiedSince = row.getOffsetDateTime(1);
    profile.unverifiedSince = unverifiedSince == null ? null : unverifiedSince.toInstant();
    for (int i = 0; i < SHOWABLE.size(); i++) {
      SHOWABLE.get(i).load(profile, row.getString(FIRST_FIELD + i));
    }
    return profile;
  }

  /** The stored flags, as Hibernate maps the column: field name to visibility. */
  private static Map<String, Visibility> flags(JsonObject stored) {
    Map<String, Visibility> flags = new HashMap<>(stored.size() * 2);
    for (Map.Entry<String, Object> entry : stored) {
      flags.put(entry.getKey(), flag((String) entry.getValue()));
    }
    return flags;
  }

  private static Visibility flag(String name) {
    for (Visibility v : FLAGS) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    return Visibility.valueOf(name);
  }
}
