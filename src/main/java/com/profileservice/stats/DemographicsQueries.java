package com.profileservice.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts active profiles by age band, gender and country in the database: one statement with
 * grouping sets, so every dimension and the total come from the same snapshot and add up exactly,
 * which the suppression relies on. No profile row leaves the database.
 */
@ApplicationScoped
public class DemographicsQueries {

  /**
   * Age in whole years as {@code MinimumAge} counts it: a birthday plus N years (29 February
   * becoming 28 February) on or before today. Under 13 cannot be stored, so the youngest band takes
   * whatever is left.
   */
  private static final String COUNTS =
      """
      WITH counted AS (
          SELECT CASE
                     WHEN birthday IS NULL THEN 'unknown'
                     WHEN birthday + interval '65 years' <= $2::date THEN '65+'
                     WHEN birthday + interval '55 years' <= $2::date THEN '55-64'
                     WHEN birthday + interval '45 years' <= $2::date THEN '45-54'
                     WHEN birthday + interval '35 years' <= $2::date THEN '35-44'
                     WHEN birthday + interval '25 years' <= $2::date THEN '25-34'
                     WHEN birthday + interval '18 years' <= $2::date THEN '18-24'
                     ELSE '13-17'
                 END AS band,
                 gender,
                 location_country AS country
          FROM profile
          WHERE unverified_since IS NULL OR unverified_since >= $1
      )
      SELECT CASE
                 WHEN grouping(band) = 0 THEN 'band'
                 WHEN grouping(gender) = 0 THEN 'gender'
                 WHEN grouping(country) = 0 THEN 'country'
                 ELSE 'total'
             END AS dimension,
             band, gender, country,
             count(*) AS profiles
      FROM counted
      GROUP BY GROUPING SETS ((band), (gender), (country), ())
      """;

  /**
   * Queried through a leased connection ({@code withConnection}), never the pool's own {@code
   * query}: when no connection can be had, Vert.x 4.5's pool query leaves its wait timer running,
   * and that timer later fails the finished query again ("Result is already complete").
   */
  private final Pool pool;

  public DemographicsQueries(Pool pool) {
    this.pool = pool;
  }

  /** Raw counts per cell; a cell nobody falls in is absent, and a null country is no country. */
  record Counts(
      long total,
      Map<String, Long> bands,
      Map<String, Long> genders,
      Map<String, Long> countries) {}

  /** Counts active profiles: verified, or unverified since {@code activeSince} or later. */
  Uni<Counts> count(Instant activeSince, LocalDate today) {
    Tuple args = Tuple.of(OffsetDateTime.ofInstant(activeSince, ZoneOffset.UTC), today);
    return pool.withConnection(connection -> connection.preparedQuery(COUNTS).execute(args))
        .map(
            rows -> {
              long total = 0;
              Map<String, Long> bands = new HashMap<>();
              Map<String, Long> genders = new HashMap<>();
              Map<String, Long> countries = new HashMap<>();
              for (Row row : rows) {
                long profiles = row.getLong("profiles");
                switch (row.getString("dimension")) {
                  case "band" -> bands.put(row.getString("band"), profiles);
                  case "gender" -> genders.put(row.getString("gender"), profiles);
                  case "country" -> countries.put(row.getString("country"), profiles);
                  default -> total = profiles;
                }
              }
              return new Counts(total, bands, genders, countries);
            });
  }
}
