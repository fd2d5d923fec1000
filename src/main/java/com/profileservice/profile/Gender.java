package com.profileservice.profile;

/** Gender as the owner states it; held for statistics only. */
public enum Gender {
  MALE,
  FEMALE,
  UNSPECIFIED
}
