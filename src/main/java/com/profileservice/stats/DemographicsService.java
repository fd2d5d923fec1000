package com.profileservice.stats;

import com.profileservice.profile.Gender;
import com.profileservice.stats.DemographicsQueries.Counts;
import com.profileservice.verification.VerificationConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Demographics for analysts: active profiles (those in use, as the public view and look-ups see
 * them) counted by age band, gender and country, every count below k suppressed so that no cell can
 * be traced to a few people. Counting happens in the database; no profile is loaded.
 */
@ApplicationScoped
public class DemographicsService {

  static final String UNKNOWN_COUNTRY = "unknown";

  /**
   * Every code a profile may hold. Listing each country whatever its count means a listed country
   * says nothing about whether anyone lives there, and a hidden count may be zero.
   */
  private static final SortedSet<String> COUNTRIES =
      new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

  private final DemographicsQueries queries;
  private final StatsConfig config;
  private final VerificationConfig verification;
  private final Clock clock;

  public DemographicsService(
      DemographicsQueries queries,
      StatsConfig config,
      VerificationConfig verification,
      Clock clock) {
    this.queries = queries;
    this.config = config;
    this.verification = verification;
    this.clock = clock;
  }

  public Uni<Demographics> demographics() {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return queries
        .count(now.minus(verification.verificationGrace()), today)
        .map(counts -> report(counts, today));
  }

  private Demographics report(Counts counts, LocalDate today) {
    SmallCellSuppression suppression = new SmallCellSuppression(config.k());
    long total = counts.total();

    List<String> bands = Arrays.stream(AgeBand.values()).map(AgeBand::label).toList();
    List<String> genders = Arrays.stream(Gender.values()).map(Gender::name).toList();
    SortedSet<String> codes = new TreeSet<>(COUNTRIES);
    // A code dropped from the JDK's list since it was stored is still counted, so cells add up.
    counts.countries().keySet().stream().filter(Objects::nonNull).forEach(codes::add);
    List<String> countries = new ArrayList<>(codes);
    countries.add(UNKNOWN_COUNTRY);
    Map<String, Long> byCountry = new HashMap<>(counts.countries());
    byCountry.put(UNKNOWN_COUNTRY, byCountry.getOrDefault(null, 0L));

    boolean totalHidden = suppression.totalSuppressed(total);
    return new Demographics(
        today,
        config.k(),
        new TotalCell(totalHidden ? null : total, totalHidden),
        cells(bands, counts.bands(), total, suppression, AgeBandCell::new),
        cells(genders, counts.genders(), total, suppression, GenderCell::new),
        cells(countries, byCountry, total, suppression, CountryCell::new));
  }

  /** Builds one dimension's cells in the given order, hiding what the suppression rule hides. */
  private static <C> List<C> cells(
      List<String> labels,
      Map<String, Long> counts,
      long total,
      SmallCellSuppression suppression,
      CellFactory<C> cell) {
    long[] values = labels.stream().mapToLong(l -> counts.getOrDefault(l, 0L)).toArray();
    boolean[] hidden = suppression.suppressed(values, total);
    List<C> cells = new ArrayList<>(labels.size());
    for (int i = 0; i < values.length; i++) {
      cells.add(cell.of(labels.get(i), hidden[i] ? null : values[i], hidden[i]));
    }
    return cells;
  }

  @FunctionalInterface
  private interface CellFactory<C> {
    C of(String label, Long count, boolean suppressed);
  }
}
