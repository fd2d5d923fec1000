package com.profileservice.consent;

import io.smallrye.mutiny.Uni;

/**
 * What a feature must do when an owner grants or withdraws a consent, in the same transaction as
 * the change: if a reaction fails, the change is rolled back with it. The consent feature calls
 * every implementation one after another and knows none of them (the comment-IP log, for one, is
 * deleted when its consent is withdrawn).
 *
 * <p>An interface the service calls rather than a CDI event: a synchronous observer cannot hand
 * back a {@code Uni} for the change to wait on, and an asynchronous one runs on a worker thread,
 * outside the reactive session that holds the transaction.
 */
public interface ConsentChangeReaction {

  /**
   * Called for every change the owner sends, also one that repeats the current value; runs in the
   * change's transaction, under the profile's row lock, and must not leave that session.
   */
  Uni<Void> react(ConsentChanged change);
}
