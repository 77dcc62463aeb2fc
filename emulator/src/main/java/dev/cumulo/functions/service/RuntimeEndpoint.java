package dev.cumulo.functions.service;

import dev.cumulo.functions.runtimeapi.RuntimeApiHandler;
import dev.cumulo.functions.runtimeapi.RuntimeApiTarget;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpServer;

/**
 * A Runtime API listener on a free loopback port, bound before the instance that will use it exists: a pool keeps one
 * ready so that a cold start only has to spawn its process. Nothing calls it before {@link #attach}, since the port is
 * given to no process until then.
 */
final class RuntimeEndpoint implements RuntimeApiTarget, AutoCloseable {
  private static final long MAX_BODY = 16L * 1024 * 1024;

  private final HttpServer server;
  private volatile RuntimeApiTarget target;

  private RuntimeEndpoint(PoolContext ctx, boolean image) {
    this.server = HttpServer.start(ctx.loops(), new HttpServer.Options("127.0.0.1", 0, new RuntimeApiHandler(this),
        image ? ctx.workers() : Runnable::run, ctx.workDir().resolve("spill"), MAX_BODY));
  }

  static RuntimeEndpoint open(PoolContext ctx, boolean image) {
    return new RuntimeEndpoint(ctx, image);
  }

  RuntimeEndpoint attach(RuntimeApiTarget instance) {
    this.target = instance;
    return this;
  }

  int port() {
    return server.port();
  }

  @Override
  public void next(Exchange exchange) {
    target.next(exchange);
  }

  @Override
  public void response(String requestId, byte[] body, Exchange exchange) {
    target.response(requestId, body, exchange);
  }

  @Override
  public void error(String requestId, String errorType, byte[] body, Exchange exchange) {
    target.error(requestId, errorType, body, exchange);
  }

  @Override
  public void initError(String errorType, byte[] body, Exchange exchange) {
    target.initError(errorType, body, exchange);
  }

  @Override
  public void close() {
    server.close();
  }
}
