package com.profileservice.events;

import io.smallrye.mutiny.Uni;

/** Where the relay sends events; completes once the broker has confirmed one. */
interface EventPublisher {

  Uni<Void> publish(CloudEvent event);
}
