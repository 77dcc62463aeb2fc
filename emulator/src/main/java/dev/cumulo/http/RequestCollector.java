package dev.cumulo.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects one request at a time (head and body) on the event loop, spilling bodies over {@link #SPILL_AT} bytes to a
 * temporary file, then hands it to the handler on the server's executor. Reads pause while a request is being answered.
 */
final class RequestCollector extends ChannelInboundHandlerAdapter {
  static final int SPILL_AT = 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(RequestCollector.class.getName());

  private final HttpServer.Options options;
  private final ArrayDeque<Object> waiting = new ArrayDeque<>();
  private io.netty.handler.codec.http.HttpRequest head;
  private CompositeByteBuf memory;
  private Path spillFile;
  private FileChannel spill;
  private long received;
  private boolean answering;

  RequestCollector(HttpServer.Options options) {
    this.options = options;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    ctx.read();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (answering) {
      waiting.add(msg);
      return;
    }
    accept(ctx, msg);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (!answering) {
      ctx.read();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    discard();
    waiting.forEach(ReferenceCountUtil::release);
    waiting.clear();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (!(cause instanceof IOException)) {
      LOG.log(Level.FINE, "HTTP connection failed", cause);
    }
    ctx.close();
  }

  private void accept(ChannelHandlerContext ctx, Object msg) {
    try {
      if (msg instanceof io.netty.handler.codec.http.HttpRequest request) {
        if (request.decoderResult().isFailure()) {
          reject(ctx, 400, "Bad Request");
          return;
        }
        long declared = HttpUtil.getContentLength(request, -1L);
        if (declared > options.maxBodyBytes()) {
          reject(ctx, 413, "Request Entity Too Large");
          return;
        }
        head = request;
        received = 0;
        memory = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
      }
      if (msg instanceof HttpContent content && head != null) {
        if (content.decoderResult().isFailure()) {
          reject(ctx, 400, "Bad Request");
          return;
        }
        append(content.content());
        if (received > options.maxBodyBytes()) {
          reject(ctx, 413, "Request Entity Too Large");
          return;
        }
        if (content instanceof LastHttpContent) {
          dispatch(ctx);
        }
      }
    } catch (IOException e) {
      reject(ctx, 500, "Could not store the request body");
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void append(ByteBuf chunk) throws IOException {
    int n = chunk.readableBytes();
    if (n == 0) {
      return;
    }
    received += n;
    if (spill == null && received > SPILL_AT) {
      spillFile = Files.createTempFile(options.spillDir(), "body-", ".tmp");
      spill = FileChannel.open(spillFile, StandardOpenOption.WRITE);
      writeFully(memory);
      memory.release();
      memory = null;
    }
    if (spill != null) {
      writeFully(chunk);
    } else {
      memory.addComponent(true, chunk.retain());
    }
  }

  private void writeFully(ByteBuf buf) throws IOException {
    while (buf.isReadable()) {
      buf.readBytes(spill, buf.readableBytes());
    }
  }

  private void dispatch(ChannelHandlerContext ctx) throws IOException {
    Body body;
    if (spill != null) {
      spill.close();
      body = new Body.InFile(spillFile, received);
      spill = null;
      spillFile = null;
    } else {
      byte[] data = new byte[memory.readableBytes()];
      memory.readBytes(data);
      memory.release();
      memory = null;
      body = data.length == 0 ? Body.EMPTY : new Body.InMemory(data);
    }
    String uri = head.uri();
    int q = uri.indexOf('?');
    HttpRequest request =
        new HttpRequest(
            head.method().name(),
            q < 0 ? uri : uri.substring(0, q),
            q < 0 ? "" : uri.substring(q + 1),
            head.headers(),
            body,
            (InetSocketAddress) ctx.channel().remoteAddress(),
            ((InetSocketAddress) ctx.channel().localAddress()).getPort());
    boolean keepAlive = HttpUtil.isKeepAlive(head);
    boolean isHead = HttpMethod.HEAD.equals(head.method());
    head = null;
    answering = true;
    NettyExchange exchange =
        new NettyExchange(ctx.channel(), keepAlive, isHead, () -> ctx.executor().execute(() -> resume(ctx)));
    options.executor().execute(() -> handle(request, exchange));
    // One read stays pending while answering, so a client that disconnects during a long poll is noticed (the read
    // sees end of stream) and the exchange's onAbandoned action runs; a pipelined request it brings waits its turn.
    ctx.read();
  }

  private void handle(HttpRequest request, NettyExchange exchange) {
    try {
      options.handler().handle(request, exchange);
    } catch (Throwable e) {
      LOG.log(Level.WARNING, "Handler failed on " + request.method() + " " + request.rawPath(), e);
      exchange.respond(
          HttpResponse.json(500, "{\"message\":\"Internal error in Cumulo: " + jsonSafe(e.toString()) + "\"}"));
    }
  }

  private static String jsonSafe(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }

  private void resume(ChannelHandlerContext ctx) {
    answering = false;
    while (!answering && !waiting.isEmpty()) {
      accept(ctx, waiting.poll());
    }
    if (!answering) {
      ctx.read();
    }
  }

  private void reject(ChannelHandlerContext ctx, int status, String reason) {
    discard();
    head = null;
    NettyExchange exchange = new NettyExchange(ctx.channel(), false, false, () -> {});
    exchange.respond(HttpResponse.text(status, reason).header(HttpHeaderNames.CONNECTION.toString(), "close"));
  }

  private void discard() {
    if (memory != null) {
      memory.release();
      memory = null;
    }
    if (spill != null) {
      try {
        spill.close();
        Files.deleteIfExists(spillFile);
      } catch (IOException ignored) {
        // best effort: the spill folder is cleared at start
      }
      spill = null;
      spillFile = null;
    }
  }
}
