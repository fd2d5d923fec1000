package com.profileservice.profile;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Runs as every answer is about to be written, after the resource's work (and so its transactions)
 * has ended: the views its writes changed are evicted before the client can ask again.
 */
public class PublicViewEvictionOnAnswer {

  private final PublicViewChanges changes;

  public PublicViewEvictionOnAnswer(PublicViewChanges changes) {
    this.changes = changes;
  }

  @ServerResponseFilter
  public void evictChangedViews() {
    changes.answering();
  }
}
