package com.profileservice.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profileservice.common.http.EntityTags;
import com.profileservice.events.ChangeEvents;
import com.profileservice.events.EventType;
import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.VisibilityFilter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells other services, through the change-event outbox, which fields of a profile's public view
 * changed: by name, with the view's new entity tag, never a value. A write takes a {@link Snapshot}
 * before it changes the entity and calls {@link #appendIfChanged} as its last step; a change to
 * private fields alone appends nothing.
 */
@ApplicationScoped
class PublicViewEvents {

  private final ChangeEvents events;
  private final ObjectMapper json;

  PublicViewEvents(ChangeEvents events, ObjectMapper json) {
    this.events = events;
    this.json = json;
  }

  /** What the public sees of each field, and whether it is public, at this moment. */
  record Snapshot(Map<String, Object> shown, Map<String, Boolean> visible) {}

  static Snapshot snapshot(Profile profile) {
    VisibilityFilter filter = new VisibilityFilter(profile.visibility);
    Map<String, Object> shown = new HashMap<>();
    Map<String, Boolean> visible = new HashMap<>();
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      String name = field.field();
      shown.put(name, filter.shown(name, ProfileFields.named(name).read(profile)));
      visible.put(name, filter.isPublic(name));
    }
    return new Snapshot(shown, visible);
  }

  Uni<Void> appendIfChanged(Snapshot before, Profile profile) {
    Snapshot after = snapshot(profile);
    List<String> changed = new ArrayList<>();
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      String name = field.field();
      if (!Objects.equals(before.shown().get(name), after.shown().get(name))
          || !Objects.equals(before.visible().get(name), after.visible().get(name))) {
        changed.add(name);
      }
    }
    if (changed.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    Map<String, Object> data = new HashMap<>();
    data.put("fields", changed);
    data.put("publicETag", publicTag(profile));
    return events.append(profile.id, profile.handle, EventType.PUBLIC_VIEW_CHANGED, data);
  }

  /** The tag GET /profiles/{handle} answers with: a hash of the exact bytes it serves. */
  private String publicTag(Profile profile) {
    try {
      return EntityTags.ofContent(json.writeValueAsBytes(ProfileViews.publicView(profile)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a public view is always serialisable", e);
    }
  }
}
