package com.profileservice.legal;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comment-IP log (section 6.5) as legal process reads it: one list per account. The service
 * does not keep that log yet, so every account's list is truthfully empty; the feature that starts
 * keeping it answers here, and disclosure packages pick its entries up unchanged.
 */
@ApplicationScoped
public class CommentIpRecords {

  /** Each subject's logged comment IPs, as JSON-ready values; empty for every account today. */
  public Uni<Map<String, List<Object>>> loggedFor(Collection<String> subjects) {
    return Uni.createFrom()
        .item(
            subjects.stream()
                .distinct()
                .collect(Collectors.toMap(Function.identity(), s -> List.of())));
  }
}
