package com.profileservice.legal.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The stored disclosure packages, one per fulfilled request. */
@ApplicationScoped
public class DisclosureRepository implements PanacheRepositoryBase<Disclosure, Long> {}
