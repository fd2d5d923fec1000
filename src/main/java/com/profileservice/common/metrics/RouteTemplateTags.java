package com.profileservice.common.metrics;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.inject.Singleton;

/**
 * Replaces the {@code uri} and {@code method} labels the HTTP binder computed before the request
 * timer is looked up. The binder falls back to the raw path for whatever the REST layer did not
 * match (a wrong method, a malformed escape, a refusal before routing), so without this a 405 on
 * {@code /internal/phonepost/+316...} would publish the number.
 */
@Singleton
public class RouteTemplateTags implements HttpServerMetricsTagsContributor {

  // Where Quarkus REST leaves the template of the method it matched.
  private static final String MATCHED_TEMPLATE = "UrlPathTemplate";

  private final HttpLabels labels;

  public RouteTemplateTags(HttpLabels labels) {
    this.labels = labels;
  }

  @Override
  public Tags contribute(Context context) {
    String matched = context.requestContextLocalData(MATCHED_TEMPLATE);
    return Tags.of(
        "uri",
        labels.uri(matched, context.request().path(), context.response().statusCode()),
        "method",
        labels.method(context.request().method().name()));
  }
}
