package com.profileservice.consent;

import com.profileservice.common.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A consent reaction that fails for the subjects a test names, and does nothing for anyone else.
 * The lowest priority makes it the last one asked, after the comment-IP log's reaction; it first
 * counts the subject's logged addresses as its own transaction sees them.
 */
@ApplicationScoped
@Priority(Integer.MIN_VALUE)
public class FailingConsentReaction implements ConsentChangeReaction {

  private final Set<String> failing = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> loggedAddressesSeen = new ConcurrentHashMap<>();

  void failFor(String subject) {
    failing.add(subject);
  }

  void stopFailingFor(String subject) {
    failing.remove(subject);
  }

  /** How many logged addresses the subject had inside the failed change's transaction. */
  Long loggedAddressesSeenBy(String subject) {
    return loggedAddressesSeen.get(subject);
  }

  @Override
  public Uni<Void> react(ConsentChanged change) {
    if (!failing.contains(change.subject())) {
      return Uni.createFrom().voidItem();
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "SELECT count(*) FROM comment_ip c JOIN profile p ON p.id = c.profile_id"
                            + " WHERE p.subject = ?1",
                        Long.class)
                    .setParameter(1, change.subject())
                    .getSingleResult())
        .invoke(count -> loggedAddressesSeen.put(change.subject(), count))
        .chain(count -> Uni.createFrom().failure(new ReactionFailed()));
  }

  static final class ReactionFailed extends ProblemException {
    ReactionFailed() {
      super(503, "test-reaction-failed", "Reaction failed", "A test made this reaction fail.");
    }
  }
}
