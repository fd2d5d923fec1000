package com.profileservice.traffic;

import io.smallrye.mutiny.Uni;

/** This replica's own buckets, in memory. */
final class LocalBuckets implements Buckets {

  private final TrafficBuckets buckets;

  LocalBuckets(TrafficBuckets buckets) {
    this.buckets = buckets;
  }

  @Override
  public Uni<Long> take(String client, boolean write) {
    return Uni.createFrom().item(buckets.take(client, write));
  }
}
