package com.profileservice.picture;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored pictures, one per profile. */
@ApplicationScoped
public class PictureRepository implements PanacheRepositoryBase<Picture, Long> {}
