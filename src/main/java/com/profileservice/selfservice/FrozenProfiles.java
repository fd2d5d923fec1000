package com.profileservice.selfservice;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read access to the frozen store for the one reader the law allows: legal process. The owner API
 * has no way here.
 */
@ApplicationScoped
public class FrozenProfiles {

  private final FrozenProfileRepository frozen;

  public FrozenProfiles(FrozenProfileRepository frozen) {
    this.frozen = frozen;
  }

  /** The newest frozen export document of each subject that has one; joins the caller's session. */
  public Uni<Map<String, Map<String, Object>>> documents(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return frozen
        .list("subject in ?1 order by id", List.copyOf(subjects))
        .map(
            copies -> {
              Map<String, Map<String, Object>> bySubject = new LinkedHashMap<>();
              copies.forEach(copy -> bySubject.put(copy.subject, copy.document));
              return bySubject;
            });
  }
}
