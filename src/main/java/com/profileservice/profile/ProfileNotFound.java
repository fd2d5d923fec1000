package com.profileservice.profile;

import com.profileservice.common.problem.ProblemException;

/**
 * No profile answers to a handle. Unknown and inactive handles answer alike, so the answer reveals
 * nothing about either; every feature that looks profiles up by handle uses it.
 */
public final class ProfileNotFound extends ProblemException {

  public ProfileNotFound() {
    super(404, "profile-not-found", "Profile not found", "No profile has this handle.");
  }
}
