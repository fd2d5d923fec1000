package com.profileservice.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last guard on HTTP server meters: a {@code uri} or {@code method} label that is not one
 * {@link HttpLabels} gives becomes a fixed word. {@link RouteTemplateTags} sets both for every
 * answered request; this covers what it does not see, such as a request whose connection was reset
 * before any answer (the binder then labels it itself, with the raw path).
 */
@Singleton
public class BoundedHttpLabels implements MeterFilter {

  private final HttpLabels labels;

  public BoundedHttpLabels(HttpLabels labels) {
    this.labels = labels;
  }

  @Override
  public Meter.Id map(Meter.Id id) {
    if (!id.getName().startsWith("http.server")) {
      return id;
    }
    String uri = id.getTag("uri");
    String method = id.getTag("method");
    String boundedUri = uri == null ? null : labels.boundedUri(uri);
    String boundedMethod = method == null ? null : labels.method(method);
    if (Objects.equals(uri, boundedUri) && Objects.equals(method, boundedMethod)) {
      return id;
    }
    List<Tag> tags = new ArrayList<>();
    for (Tag tag : id.getTagsAsIterable()) {
      switch (tag.getKey()) {
        case "uri" -> tags.add(Tag.of("uri", boundedUri));
        case "method" -> tags.add(Tag.of("method", boundedMethod));
        default -> tags.add(tag);
      }
    }
    return id.replaceTags(tags);
  }
}
