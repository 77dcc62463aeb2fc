package dev.cumulo.storage.api;

import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.QueryString;
import dev.cumulo.storage.service.RequestContext;
import java.util.Optional;

/** One S3 request: the HTTP request, the bucket and key it addresses, its query, and its ids. */
record S3Request(HttpRequest http, S3Address address, QueryString query, RequestContext context) {

  String method() {
    return http.method();
  }

  String bucket() {
    return address.bucket();
  }

  String key() {
    return address.key();
  }

  Optional<String> header(String name) {
    return http.header(name);
  }

  boolean has(String queryName) {
    return query.has(queryName);
  }

  Optional<String> param(String name) {
    return query.first(name);
  }

  /** A bounded request document (XML or JSON). */
  byte[] document() {
    return http.body().bytes();
  }
}
