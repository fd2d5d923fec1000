package com.profileservice.directory;

/**
 * Where a page of the directory ends: the sort key of its last entry, as the database computes it
 * (state, city and handle lower-cased, missing parts empty). It holds the zip, so it only ever
 * leaves the service sealed inside a cursor.
 */
record DirectoryPosition(
    String country, String stateKey, String cityKey, String zipKey, String handleKey) {}
