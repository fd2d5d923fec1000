package com.profileservice.traffic;

import io.smallrye.mutiny.Uni;

/** Where clients' buckets are kept: in this replica's memory, or shared by all of them. */
interface Buckets {

  /**
   * Takes a token from the client's read or write bucket.
   *
   * @return 0 when the request may go on, otherwise the nanoseconds until it could
   */
  Uni<Long> take(String client, boolean write);
}
