package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Chooses the (de)serialiser for a handler's input or output type exactly as AWS's Java runtime does: a
 * {@link CustomPojoSerializer} the function provides, else the serialisation library's event serialisers for the
 * Lambda event classes it knows, else Gson for calls from Android clients, else the library's Jackson. Serialisers are
 * made once per platform and type.
 *
 * <p>Strings get {@link StringCodec}, which answers the usual cases without Jackson and falls back to it for the
 * rest, so string handlers never pay Jackson's start-up unless an event needs it.
 */
final class Codecs {
  private static final String TOO_MANY_SERIALIZERS =
      "Too many serializers provided inside the META-INF/services folder, only one is allowed";
  private static final String TOO_MANY_SERIALIZERS_TYPE =
      "com.amazonaws.services.lambda.runtime.api.client.TooManyServiceProvidersFoundException";

  /** The caller's platform, from the client context's {@code env.platform}. */
  enum Platform {
    ANDROID,
    IOS,
    UNKNOWN
  }

  private final ClassLoader customerLoader;
  private final Map<Platform, Map<Type, PojoSerializer<Object>>> cache = new EnumMap<>(Platform.class);
  private boolean customLookedUp;
  private CustomPojoSerializer custom;

  Codecs(ClassLoader customerLoader) {
    this.customerLoader = customerLoader;
  }

  static Platform platformOf(Context context) {
    ClientContext clientContext = context.getClientContext();
    if (clientContext == null || clientContext.getEnvironment() == null) {
      return Platform.UNKNOWN;
    }
    String platform = clientContext.getEnvironment().get("platform");
    if ("Android".equalsIgnoreCase(platform)) {
      return Platform.ANDROID;
    }
    return "iPhoneOS".equalsIgnoreCase(platform) ? Platform.IOS : Platform.UNKNOWN;
  }

  PojoSerializer<Object> forType(Platform platform, Type type) {
    Map<Type, PojoSerializer<Object>> forPlatform = cache.get(platform);
    if (forPlatform == null) {
      forPlatform = new HashMap<>();
      cache.put(platform, forPlatform);
    }
    PojoSerializer<Object> serializer = forPlatform.get(type);
    if (serializer == null) {
      serializer = create(platform, type);
      forPlatform.put(type, serializer);
    }
    return serializer;
  }

  @SuppressWarnings("unchecked")
  private PojoSerializer<Object> create(Platform platform, Type type) {
    CustomPojoSerializer customSerializer = customSerializer();
    if (customSerializer != null) {
      return new CustomCodec(customSerializer, type);
    }
    if (type == String.class && platform != Platform.ANDROID) {
      return new StringCodec(this);
    }
    if (type instanceof Class<?> c && LambdaEventSerializers.isLambdaSupportedEvent(c.getName())) {
      return LambdaEventSerializers.serializerFor((Class<Object>) c, customerLoader);
    }
    if (platform == Platform.ANDROID) {
      return GsonFactory.getInstance().getSerializer(type);
    }
    return jackson(type);
  }

  PojoSerializer<Object> jackson(Type type) {
    return JacksonFactory.getInstance().getSerializer(type);
  }

  private CustomPojoSerializer customSerializer() {
    if (!customLookedUp) {
      Iterator<CustomPojoSerializer> found = ServiceLoader.load(CustomPojoSerializer.class, customerLoader).iterator();
      if (found.hasNext()) {
        custom = found.next();
        if (found.hasNext()) {
          String trace = TOO_MANY_SERIALIZERS_TYPE + ": " + TOO_MANY_SERIALIZERS + "\n";
          throw new UserFault(TOO_MANY_SERIALIZERS, TOO_MANY_SERIALIZERS_TYPE, trace, false);
        }
      }
      customLookedUp = true;
    }
    return custom;
  }

  /** The function's own serialiser, told the type each time. */
  private static final class CustomCodec implements PojoSerializer<Object> {
    private final CustomPojoSerializer serializer;
    private final Type type;

    CustomCodec(CustomPojoSerializer serializer, Type type) {
      this.serializer = serializer;
      this.type = type;
    }

    @Override
    public Object fromJson(InputStream input) {
      return serializer.fromJson(input, type);
    }

    @Override
    public Object fromJson(String input) {
      return serializer.fromJson(input, type);
    }

    @Override
    public void toJson(Object value, OutputStream output) {
      serializer.toJson(value, output, type);
    }
  }
}
