package com.profileservice.directory;

import com.profileservice.directory.DirectoryQueries.Listed;
import com.profileservice.directory.DirectoryQueries.RegionCount;
import com.profileservice.verification.VerificationConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The user directory: owners who consent to directory_listing now, with an active account and at
 * least a country, under the region they entered. The region is shown whatever its fields' own
 * visibility, because consenting is the owner's choice to be listed under it; the zip only orders
 * entries. Reads go to the database pool in one statement each, without a Hibernate session.
 */
@ApplicationScoped
public class DirectoryService {

  private final DirectoryQueries queries;
  private final DirectoryCursorKey cursors;
  private final VerificationConfig verification;
  private final Clock clock;

  public DirectoryService(
      DirectoryQueries queries,
      DirectoryCursorKey cursors,
      VerificationConfig verification,
      Clock clock) {
    this.queries = queries;
    this.cursors = cursors;
    this.verification = verification;
    this.clock = clock;
  }

  public Uni<DirectoryPage> page(DirectoryQuery query) {
    return cursors.cursors().chain(sealing -> page(query, sealing));
  }

  private Uni<DirectoryPage> page(DirectoryQuery query, DirectoryCursors cursors) {
    DirectoryFilter filter = query.filter();
    DirectoryPosition after =
        query.cursor == null || query.cursor.isEmpty() ? null : cursors.open(query.cursor, filter);
    // One more than asked for tells whether a next page exists without counting.
    return queries
        .page(activeSince(), filter, after, query.limit + 1)
        .map(
            rows -> {
              boolean more = rows.size() > query.limit;
              List<Listed> shown = more ? rows.subList(0, query.limit) : rows;
              String next =
                  more ? cursors.seal(shown.get(shown.size() - 1).position(), filter) : null;
              return new DirectoryPage(shown.stream().map(DirectoryService::entry).toList(), next);
            });
  }

  public Uni<DirectoryRegions> regions() {
    return queries.regions(activeSince()).map(DirectoryService::regions);
  }

  /** Accounts unverified since this instant or later are still active (AccountStatus). */
  private Instant activeSince() {
    return Instant.now(clock).minus(verification.verificationGrace());
  }

  private static DirectoryEntry entry(Listed listed) {
    return new DirectoryEntry(
        listed.handle(),
        listed.name(),
        new Region(listed.country(), listed.state(), listed.city()));
  }

  /** Rows come country total first, then its states, so one pass builds the tree. */
  private static DirectoryRegions regions(List<RegionCount> rows) {
    List<CountryListing> countries = new ArrayList<>();
    long total = 0;
    String country = null;
    long countryCount = 0;
    List<StateListing> states = new ArrayList<>();
    for (RegionCount row : rows) {
      if (row.state() == null) {
        if (country != null) {
          countries.add(new CountryListing(country, countryCount, List.copyOf(states)));
        }
        country = row.country();
        countryCount = row.count();
        total += row.count();
        states.clear();
      } else {
        states.add(new StateListing(row.state(), row.count()));
      }
    }
    if (country != null) {
      countries.add(new CountryListing(country, countryCount, List.copyOf(states)));
    }
    return new DirectoryRegions(total, countries);
  }
}
