package dev.cumulo.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/** One listening socket serving HTTP/1.1 to a handler. */
public final class HttpServer implements AutoCloseable {
  private final Channel channel;
  private final InetSocketAddress address;

  private HttpServer(Channel channel) {
    this.channel = channel;
    this.address = (InetSocketAddress) channel.localAddress();
  }

  /**
   * What a server needs: where to listen, who answers, on which threads handlers run, where large bodies spill, and
   * the largest body accepted.
   */
  public record Options(
      String host, int port, HttpHandler handler, Executor executor, Path spillDir, long maxBodyBytes) {

    public Options {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
    }

    public static Options loopback(int port, HttpHandler handler, Executor executor, Path spillDir) {
      return new Options("127.0.0.1", port, handler, executor, spillDir, 5L * 1024 * 1024 * 1024);
    }

    public Options withHost(String newHost) {
      return new Options(newHost, port, handler, executor, spillDir, maxBodyBytes);
    }

    public Options withMaxBody(long bytes) {
      return new Options(host, port, handler, executor, spillDir, bytes);
    }
  }

  /** Binds and starts serving; throws {@link PortInUseException} when the port is taken. */
  public static HttpServer start(EventLoops loops, Options options) {
    try {
      Files.createDirectories(options.spillDir());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(loops.group())
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.AUTO_READ, false)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec(16 * 1024, 64 * 1024, 1024 * 1024))
                        .addLast(new HttpServerExpectContinueHandler())
                        .addLast(new RequestCollector(options));
                  }
                });
    try {
      Channel channel = bootstrap.bind(options.host(), options.port()).syncUninterruptibly().channel();
      return new HttpServer(channel);
    } catch (Exception e) {
      if (e instanceof BindException) {
        throw new PortInUseException(options.host(), options.port(), e);
      }
      throw e;
    }
  }

  public int port() {
    return address.getPort();
  }

  public String host() {
    return address.getHostString();
  }

  public String url() {
    return "http://" + host() + ":" + port();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
  }
}
