package dev.cumulo.javaruntime;

/**
 * Loads the handler a handler string names, with the outcomes of AWS's Java runtime: the class is loaded and
 * initialised at init; a failure of its static initialisation, or a constructor that throws, is fatal (the caller
 * reports it to {@code /runtime/init/error} and exits); every other problem becomes a {@link LoadedHandler.Faulty}
 * reported on each invocation.
 */
final class HandlerLoader {
  private HandlerLoader() {}

  /** @throws UserFault when the fault is fatal */
  static LoadedHandler load(String handler, ClassLoader loader, Codecs codecs) {
    HandlerName name = HandlerName.parse(handler);
    if (!name.valid()) {
      return new LoadedHandler.Faulty(UserFault.message("Invalid handler: `" + handler + "'"));
    }
    Class<?> type;
    try {
      type = Class.forName(name.className(), true, loader);
    } catch (ClassNotFoundException e) {
      return new LoadedHandler.Faulty(UserFault.classNotFound(e, name.className()));
    } catch (NoClassDefFoundError e) {
      return new LoadedHandler.Faulty(UserFault.classLoading(e, name.className()));
    } catch (Throwable t) {
      throw UserFault.classLoading(t, name.className());
    }
    LoadedHandler loaded =
        name.methodName() == null
            ? HandlerClasses.load(type, codecs)
            : HandlerMethods.load(type, name.methodName(), codecs);
    if (loaded instanceof LoadedHandler.Faulty faulty && faulty.fault().fatal()) {
      throw faulty.fault();
    }
    return loaded;
  }
}
