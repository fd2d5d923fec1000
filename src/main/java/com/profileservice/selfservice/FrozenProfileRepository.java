package com.profileservice.selfservice;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The frozen store. */
@ApplicationScoped
public class FrozenProfileRepository implements PanacheRepository<FrozenProfile> {}
