package dev.cumulo.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

final class NettyExchange implements Exchange {
  private final Channel channel;
  private final boolean keepAlive;
  private final boolean head;
  private final AtomicBoolean answered = new AtomicBoolean();
  private final AtomicReference<Runnable> abandonAction = new AtomicReference<>();
  private final Runnable afterResponse;

  NettyExchange(Channel channel, boolean keepAlive, boolean head, Runnable afterResponse) {
    this.channel = channel;
    this.keepAlive = keepAlive;
    this.head = head;
    this.afterResponse = afterResponse;
    channel.closeFuture().addListener(f -> abandoned());
  }

  @Override
  public boolean respond(HttpResponse response, Runnable beforeSending) {
    if (!answered.compareAndSet(false, true)) {
      return false;
    }
    if (!channel.isActive()) {
      return false;
    }
    beforeSending.run();
    if (channel.eventLoop().inEventLoop()) {
      write(response);
    } else {
      channel.eventLoop().execute(() -> write(response));
    }
    return true;
  }

  @Override
  public boolean isOpen() {
    return channel.isActive() && !answered.get();
  }

  @Override
  public void onAbandoned(Runnable action) {
    abandonAction.set(action);
    if (!channel.isActive()) {
      abandoned();
    }
  }

  private void abandoned() {
    if (!answered.get()) {
      Runnable action = abandonAction.getAndSet(null);
      if (action != null) {
        action.run();
      }
    }
  }

  private void write(HttpResponse response) {
    HttpResponseStatus status = HttpResponseStatus.valueOf(response.status());
    long length = response.body().length();
    ChannelFuture done;
    if (response.body() instanceof HttpResponse.ResponseBody.FileRegion region && !head && length > 0) {
      DefaultHttpResponse start = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status, response.headers());
      setFraming(start.headers(), length);
      channel.write(start);
      try {
        FileChannel file = FileChannel.open(region.path(), StandardOpenOption.READ);
        channel.write(new DefaultFileRegion(file, region.offset(), region.length()));
      } catch (IOException e) {
        channel.close();
        return;
      }
      done = channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    } else {
      byte[] data = response.body() instanceof HttpResponse.ResponseBody.Bytes bytes && !head ? bytes.data() : null;
      FullHttpResponse full =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              status,
              data == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(data),
              response.headers(),
              io.netty.handler.codec.http.EmptyHttpHeaders.INSTANCE);
      if (!head || !full.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
        setFraming(full.headers(), length);
      }
      if (response.status() == 204 || response.status() == 304) {
        full.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
      }
      done = channel.writeAndFlush(full);
    }
    if (keepAlive) {
      done.addListener(f -> afterResponse.run());
    } else {
      done.addListener(ChannelFutureListener.CLOSE);
    }
  }

  private void setFraming(io.netty.handler.codec.http.HttpHeaders headers, long length) {
    headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
    if (!keepAlive) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
  }
}
