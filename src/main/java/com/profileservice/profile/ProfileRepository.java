package com.profileservice.profile;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Queries over stored profiles. */
@ApplicationScoped
public class ProfileRepository implements PanacheRepository<Profile> {

  /** One SQL statement, served by the unique index on lower(handle). */
  public Uni<Profile> findByHandle(String handle) {
    return find("lower(handle) = lower(?1)", handle).firstResult();
  }

  public Uni<Profile> findBySubject(String subject) {
    return find("subject", subject).firstResult();
  }

  /**
   * SELECT ... FOR UPDATE: every write to a profile takes its row lock first, so writes from any
   * replica take turns and each one reads the version the previous one committed.
   */
  public Uni<Profile> lockBySubject(String subject) {
    return find("subject", subject).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
  }

  /**
   * SELECT ... FOR SHARE by handle: for a write elsewhere that depends on the profile's consents,
   * so a change of them that is committing is waited for and seen, and none starts until the
   * dependent write commits.
   */
  public Uni<Profile> shareByHandle(String handle) {
    return find("lower(handle) = lower(?1)", handle)
        .withLock(LockModeType.PESSIMISTIC_READ)
        .firstResult();
  }

  /** As {@link #lockBySubject}, for writes that know the profile by its id. */
  public Uni<Profile> lockById(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Uni<Boolean> handleTaken(String handle) {
    return count("lower(handle) = lower(?1)", handle).map(n -> n > 0);
  }

  public Uni<Boolean> subjectHasProfile(String subject) {
    return count("subject", subject).map(n -> n > 0);
  }
}
