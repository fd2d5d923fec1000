package com.profileservice.legal.transparency;

import com.profileservice.policy.LegalBasis;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the public transparency report from aggregate counts; no row-level data leaves SQL. */
@ApplicationScoped
public class TransparencyReportService {

  private final TransparencyReportRepository repository;

  public TransparencyReportService(TransparencyReportRepository repository) {
    this.repository = repository;
  }

  @WithSession
  public Uni<TransparencyReport> report() {
    return repository.transparencyCounts().map(TransparencyReportService::report);
  }

  /** Rows arrive newest half-year first; every basis is listed in each, zeros included. */
  private static TransparencyReport report(List<Object[]> rows) {
    Map<String, Map<LegalBasis, TransparencyReport.Counts>> byPeriod = new LinkedHashMap<>();
    for (Object[] row : rows) {
      LegalBasis basis = LegalBasis.valueOf((String) row[1]);
      byPeriod
          .computeIfAbsent((String) row[0], p -> new EnumMap<>(LegalBasis.class))
          .put(
              basis,
              new TransparencyReport.Counts(
                  basis, count(row[2]), count(row[3]), count(row[4]), count(row[5])));
    }
    List<TransparencyReport.Period> periods = new ArrayList<>();
    byPeriod.forEach(
        (period, counts) -> {
          List<TransparencyReport.Counts> all = new ArrayList<>();
          for (LegalBasis basis : LegalBasis.values()) {
            all.add(counts.getOrDefault(basis, new TransparencyReport.Counts(basis, 0, 0, 0, 0)));
          }
          periods.add(new TransparencyReport.Period(period, all));
        });
    return new TransparencyReport(periods);
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
