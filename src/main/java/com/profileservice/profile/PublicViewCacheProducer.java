package com.profileservice.profile;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The application's one cache of public views, with its meters. */
class PublicViewCacheProducer {

  @Produces
  @Singleton
  PublicViewCache cache(PublicViewCacheConfig config, Clock clock, MeterRegistry registry) {
    PublicViewCache cache = new PublicViewCache(config.enabled(), config.maximumSize(), clock);
    Gauge.builder("profile.public.view.cache.size", cache, PublicViewCache::size)
        .description("Public views held")
        .register(registry);
    Gauge.builder("profile.public.view.cache.hit.ratio", cache, PublicViewCache::hitRatio)
        .description("Share of look-ups served from the cache since start")
        .register(registry);
    Gauge.builder("profile.public.view.cache.listening", cache, c -> c.inUse() ? 1 : 0)
        .description("1 while changes are heard and the cache is used, else 0")
        .register(registry);
    FunctionCounter.builder("profile.public.view.cache.hits", cache, PublicViewCache::hits)
        .register(registry);
    FunctionCounter.builder("profile.public.view.cache.misses", cache, PublicViewCache::misses)
        .register(registry);
    FunctionCounter.builder(
            "profile.public.view.cache.evictions", cache, PublicViewCache::sizeEvictions)
        .description("Views dropped to stay within the maximum size")
        .register(registry);
    FunctionCounter.builder(
            "profile.public.view.cache.invalidations", cache, PublicViewCache::invalidations)
        .description("Views evicted because their profile changed")
        .register(registry);
    return cache;
  }
}
