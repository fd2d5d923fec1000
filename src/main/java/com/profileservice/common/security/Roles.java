package com.profileservice.common.security;

/** The roles of section 2 of the product specification, as they appear in the "groups" claim. */
public final class Roles {

  public static final String USER = "user";

  private Roles() {}
}
