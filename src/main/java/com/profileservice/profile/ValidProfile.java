package com.profileservice.profile;

import com.profileservice.policy.Visibility;
import java.util.Map;

/**
 * A profile document that passed every rule: the value of each document field in its stored type
 * (keyed by field name, null for none), and the complete visibility map.
 */
record ValidProfile(Map<String, Object> values, Map<String, Visibility> visibility) {

  /** Safe because the validator stores under each field's name only that field's own value. */
  @SuppressWarnings("unchecked")
  <T> T value(ProfileField<T> field) {
    return (T) values.get(field.name());
  }

  String handle() {
    return value(ProfileFields.HANDLE);
  }

  String email() {
    return value(ProfileFields.EMAIL);
  }
}
