package com.profileservice.commentip;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every {@link CommentIpHold}, asked one after another: a reactive session runs one at a time. */
@ApplicationScoped
class CommentIpHolds {

  private final List<CommentIpHold> holds;

  CommentIpHolds(@All List<CommentIpHold> holds) {
    this.holds = holds;
  }

  /** True when any hold keeps the log of {@code subject}. */
  Uni<Boolean> keep(String subject) {
    Uni<Boolean> result = Uni.createFrom().item(false);
    for (CommentIpHold hold : holds) {
      result = result.chain(kept -> kept ? Uni.createFrom().item(true) : hold.keeps(subject));
    }
    return result;
  }

  /** The subjects any hold keeps, each once. */
  Uni<List<String>> keptSubjects() {
    Uni<Set<String>> result = Uni.createFrom().item(new LinkedHashSet<>());
    for (CommentIpHold hold : holds) {
      result =
          result.chain(
              kept ->
                  hold.keptSubjects()
                      .map(
                          more -> {
                            kept.addAll(more);
                            return kept;
                          }));
    }
    return result.map(ArrayList::new);
  }
}
