package com.profileservice;

import com.profileservice.common.input.RequestScreening;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, after the settings that must be made before Quarkus loads its HTTP layer. */
@QuarkusMain
public final class Main {

  private Main() {}

  public static void main(String... args) {
    RequestScreening.takeOverTheRequestTargetCheck();
    Quarkus.run(args);
  }
}
