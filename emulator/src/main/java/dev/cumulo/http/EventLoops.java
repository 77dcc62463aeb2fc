package dev.cumulo.http;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/** The Netty threads that all of one emulator's listeners share. */
public final class EventLoops implements AutoCloseable {
  private final EventLoopGroup group;

  public EventLoops(int threads) {
    this.group = new NioEventLoopGroup(threads, new DefaultThreadFactory("cumulo-io", true));
  }

  public static EventLoops forCores() {
    return new EventLoops(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  EventLoopGroup group() {
    return group;
  }

  /**
   * Stops the threads, waiting a bounded time: the group's termination was seen never to be signalled after every one
   * of its threads had ended, which hung {@code cumulo serve} on SIGTERM.
   */
  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
