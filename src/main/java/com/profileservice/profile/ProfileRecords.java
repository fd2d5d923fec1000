package com.profileservice.profile;

import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stored profiles as records for legal process: every value keyed by its policy field name, so that
 * the legal feature can disclose exactly the approved fields without seeing the entity.
 */
@ApplicationScoped
public class ProfileRecords {

  private final ProfileRepository profiles;

  public ProfileRecords(ProfileRepository profiles) {
    this.profiles = profiles;
  }

  /** One held profile: its identity and every value, in policy order; empty fields are null. */
  public record ProfileRecord(
      String subject, String handle, Instant createdAt, Map<String, Object> values) {}

  /** Profiles whose handle matches one of {@code handles}, ignoring letter case. */
  @WithSession
  public Uni<List<ProfileRecord>> findByHandles(Collection<String> handles) {
    if (handles.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<String> lowered = handles.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    return profiles
        .list("lower(handle) in ?1", lowered)
        .map(found -> found.stream().map(ProfileRecords::record).toList());
  }

  @WithSession
  public Uni<List<ProfileRecord>> findBySubjects(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return profiles
        .list("subject in ?1", List.copyOf(subjects))
        .map(found -> found.stream().map(ProfileRecords::record).toList());
  }

  /**
   * The record of an erased profile, from the owner view kept in its frozen copy: every policy
   * field is read at its dotted path ({@code im.aim} under {@code im}, and so on).
   */
  @SuppressWarnings("unchecked")
  public static ProfileRecord fromOwnerView(String subject, Map<String, Object> ownerView) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      Object value = ownerView;
      for (String part : field.field().split("\\.")) {
        value = value instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(part) : null;
      }
      values.put(field.field(), value);
    }
    Object createdAt = ownerView.get("createdAt");
    return new ProfileRecord(
        subject,
        (String) ownerView.get("handle"),
        createdAt == null ? null : Instant.parse(createdAt.toString()),
        Collections.unmodifiableMap(values));
  }

  /** Values as JSON-ready text, so a disclosure package stores and reads back unchanged. */
  private static ProfileRecord record(Profile p) {
    Map<String, Object> values = new LinkedHashMap<>();
    ProfileFields.all().forEach(f -> values.put(f.name(), ProfileField.asText(f.read(p))));
    return new ProfileRecord(p.subject, p.handle, p.createdAt, Collections.unmodifiableMap(values));
  }
}
