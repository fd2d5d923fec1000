package com.profileservice.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory's reads, in SQL over the profile table. Each is one statement, so a consent
 * withdrawn before it started is never seen, and counts agree with each other. Only the columns a
 * listing needs are read; the profile entity is not involved.
 */
@ApplicationScoped
public class DirectoryQueries {

  /**
   * Who is listed: a country, the consent granted now (a missing key is the policy default,
   * withdrawn), and an active account, $1 being the instant from which an unverified account is
   * still active. The first two are the predicate of the partial index profile_directory_idx,
   * written identically so the planner can use it.
   */
  private static final String LISTED =
      """
      location_country IS NOT NULL
        AND consents @> '{"directory_listing": true}'::jsonb
        AND (unverified_since IS NULL OR unverified_since >= $1)
      """;

  /**
   * The order of the listing, the columns of profile_directory_idx. Byte order ("C") makes it the
   * same on every server whatever its locale; lower case makes regions match as filters do; the
   * handle, unique ignoring case, makes it total.
   */
  private static final String SORT_KEY =
      """
      location_country COLLATE "C",
      lower(coalesce(location_state, '')) COLLATE "C",
      lower(coalesce(location_city, '')) COLLATE "C",
      coalesce(location_zip, '') COLLATE "C",
      lower(handle) COLLATE "C"
      """;

  private static final String REGIONS =
      """
      SELECT location_country,
             grouping(lower(location_state)) AS whole_country,
             lower(location_state) AS state_key,
             min(location_state COLLATE "C") AS state,
             count(*) AS listed
      FROM profile
      WHERE %s
      GROUP BY GROUPING SETS ((location_country), (location_country, lower(location_state)))
      ORDER BY location_country COLLATE "C", whole_country DESC, lower(location_state) COLLATE "C"
      """
          .formatted(LISTED);

  /**
   * Queried through a leased connection ({@code withConnection}), never the pool's own {@code
   * query}: when no connection can be had, Vert.x 4.5's pool query leaves its wait timer running,
   * and that timer later fails the finished query again ("Result is already complete").
   */
  private final Pool pool;

  public DirectoryQueries(Pool pool) {
    this.pool = pool;
  }

  /** A listed profile, with its sort key. */
  record Listed(
      String handle,
      String name,
      String country,
      String state,
      String city,
      DirectoryPosition position) {}

  /** A region and how many are listed in it; state is null for a country's own total. */
  record RegionCount(String country, String state, long count) {}

  /**
   * Up to {@code limit} listed profiles matching the filter, in directory order, after {@code
   * after} (from the start when null). Filters are bound as parameters; only the shape of the
   * statement varies, and only with which filters are present. Filters name the index's collation
   * so that they bound its range scan.
   */
  Uni<List<Listed>> page(
      Instant activeSince, DirectoryFilter filter, DirectoryPosition after, int limit) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT handle, name, location_country, location_state, location_city,
                   lower(coalesce(location_state, '')) AS state_key,
                   lower(coalesce(location_city, '')) AS city_key,
                   coalesce(location_zip, '') AS zip_key,
                   lower(handle) AS handle_key
            FROM profile
            WHERE
            """);
    sql.append(LISTED);
    List<Object> args = new ArrayList<>(List.of(at(activeSince)));
    if (filter.country() != null) {
      sql.append(" AND location_country COLLATE \"C\" = ").append(bind(args, filter.country()));
    }
    if (filter.state() != null) {
      sql.append(" AND lower(coalesce(location_state, '')) COLLATE \"C\" = lower(")
          .append(bind(args, filter.state()))
          .append(")");
    }
    if (filter.city() != null) {
      sql.append(" AND lower(coalesce(location_city, '')) COLLATE \"C\" = lower(")
          .append(bind(args, filter.city()))
          .append(")");
    }
    if (after != null) {
      sql.append(" AND (")
          .append(SORT_KEY)
          .append(") > (")
          .append(
              String.join(
                  ", ",
                  bind(args, after.country()),
                  bind(args, after.stateKey()),
                  bind(args, after.cityKey()),
                  bind(args, after.zipKey()),
                  bind(args, after.handleKey())))
          .append(")");
    }
    sql.append(" ORDER BY ").append(SORT_KEY).append(" LIMIT ").append(bind(args, limit));
    return pool.withConnection(
            connection -> connection.preparedQuery(sql.toString()).execute(Tuple.from(args)))
        .map(
            rows -> {
              List<Listed> listed = new ArrayList<>();
              for (Row row : rows) {
                listed.add(listed(row));
              }
              return listed;
            });
  }

  /**
   * Listed profiles per country and per state within it, in one statement. States are grouped
   * ignoring case, as filters match them, and named by one spelling in use (the first in byte
   * order), so the same region never appears twice.
   */
  Uni<List<RegionCount>> regions(Instant activeSince) {
    return pool.withConnection(
            connection -> connection.preparedQuery(REGIONS).execute(Tuple.of(at(activeSince))))
        .map(
            rows -> {
              List<RegionCount> counts = new ArrayList<>();
              for (Row row : rows) {
                boolean wholeCountry = row.getInteger("whole_country") == 1;
                if (!wholeCountry && row.getString("state_key") == null) {
                  // Those without a state count for their country only.
                  continue;
                }
                counts.add(
                    new RegionCount(
                        row.getString("location_country"),
                        wholeCountry ? null : row.getString("state"),
                        row.getLong("listed")));
              }
              return counts;
            });
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Adds a parameter and returns the $n that refers to it. */
  private static String bind(List<Object> args, Object value) {
    args.add(value);
    return "$" + args.size();
  }

  private static Listed listed(Row row) {
    return new Listed(
        row.getString("handle"),
        row.getString("name"),
        row.getString("location_country"),
        row.getString("location_state"),
        row.getString("location_city"),
        new DirectoryPosition(
            row.getString("location_country"),
            row.getString("state_key"),
            row.getString("city_key"),
            row.getString("zip_key"),
            row.getString("handle_key")));
  }
}
