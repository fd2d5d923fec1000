package com.profileservice.picture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A profile's picture and what is known of it. */
@Entity
@Table(name = "picture")
public class Picture {

  @Id
  @Column(name = "profile_id")
  Long profileId;

  @Column(name = "content_type", nullable = false)
  String contentType;

  @Column(nullable = false)
  byte[] bytes;

  @Column(nullable = false)
  String sha256;

  @Column(nullable = false)
  int width;

  @Column(nullable = false)
  int height;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
