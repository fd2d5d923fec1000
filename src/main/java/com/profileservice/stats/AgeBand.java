package com.profileservice.stats;

import java.util.Arrays;

/** The age bands of the demographics, in the order they are reported. */
enum AgeBand {
  FROM_13_TO_17("13-17"),
  FROM_18_TO_24("18-24"),
  FROM_25_TO_34("25-34"),
  FROM_35_TO_44("35-44"),
  FROM_45_TO_54("45-54"),
  FROM_55_TO_64("55-64"),
  FROM_65("65+"),
  UNKNOWN("unknown");

  private final String label;

  AgeBand(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static AgeBand ofLabel(String label) {
    return Arrays.stream(values())
        .filter(b -> b.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no age band is labelled " + label));
  }
}
