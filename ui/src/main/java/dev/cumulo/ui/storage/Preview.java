package dev.cumulo.ui.storage;

/** What the storage browser shows of an object's content. */
public sealed interface Preview permits Preview.Text, Preview.Image, Preview.None {
  /** Text, JSON pretty-printed; {@code json} colours it. */
  record Text(String text, boolean json) implements Preview {}

  record Image(byte[] bytes) implements Preview {}

  /** Nothing to show, and why ("binary data", "too large to preview"). */
  record None(String reason) implements Preview {}
}
