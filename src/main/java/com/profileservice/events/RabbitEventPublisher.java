package com.profileservice.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes through the SmallRye RabbitMQ channel {@code profile-events}: one topic exchange, the
 * event type as routing key, persistent messages, publisher confirms on (application.properties),
 * so the returned {@code Uni} completes when the broker has taken the message.
 */
@ApplicationScoped
class RabbitEventPublisher implements EventPublisher {

  static final String CHANNEL = "profile-events";

  private final MutinyEmitter<String> emitter;
  private final ObjectMapper json;

  RabbitEventPublisher(
      @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
          MutinyEmitter<String> emitter,
      ObjectMapper json) {
    this.emitter = emitter;
    this.json = json;
  }

  @Override
  public Uni<Void> publish(CloudEvent event) {
    String body;
    try {
      body = json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
    OutgoingRabbitMQMetadata metadata =
        OutgoingRabbitMQMetadata.builder()
            .withRoutingKey(event.type())
            .withMessageId(event.id())
            .withType(event.type())
            .withContentType("application/cloudevents+json")
            .withDeliveryMode(2)
            .build();
    return emitter.sendMessage(Message.of(body, Metadata.of(metadata)));
  }
}
