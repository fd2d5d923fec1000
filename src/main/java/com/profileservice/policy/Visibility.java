package com.profileservice.policy;

/** Who may see a profile field: everyone, or the owner alone. */
public enum Visibility {
  PUBLIC,
  PRIVATE
}
