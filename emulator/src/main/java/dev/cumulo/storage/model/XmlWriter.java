package dev.cumulo.storage.model;

import dev.cumulo.xml.XmlText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Builds the XML documents S3 answers with; escapes text so any key or value is safe to embed. */
public final class XmlWriter {
  public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  private final StringBuilder out = new StringBuilder(512);
  private final Deque<String> open = new ArrayDeque<>();

  private XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** A document whose root element is in S3's namespace. */
  public static XmlWriter document(String root) {
    XmlWriter w = new XmlWriter();
    w.out.append('<').append(root).append(" xmlns=\"").append(S3_NAMESPACE).append("\">");
    w.open.push(root);
    return w;
  }

  /** A document whose root element has no namespace (S3's error documents). */
  public static XmlWriter plainDocument(String root) {
    XmlWriter w = new XmlWriter();
    return w.start(root);
  }

  public XmlWriter start(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Opens an element with raw attributes, written as given (callers pass constants only). */
  public XmlWriter startWithAttributes(String name, String attributes) {
    out.append('<').append(name).append(' ').append(attributes).append('>');
    open.push(name);
    return this;
  }

  public XmlWriter end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  public XmlWriter element(String name, String value) {
    out.append('<').append(name).append('>');
    escape(value);
    out.append("</").append(name).append('>');
    return this;
  }

  public XmlWriter element(String name, long value) {
    return element(name, Long.toString(value));
  }

  public XmlWriter element(String name, boolean value) {
    return element(name, Boolean.toString(value));
  }

  public XmlWriter element(String name, Instant value) {
    return element(name, Dates.iso(value));
  }

  public XmlWriter text(String value) {
    escape(value);
    return this;
  }

  public XmlWriter emptyElement(String name) {
    out.append('<').append(name).append("/>");
    return this;
  }

  public byte[] bytes() {
    while (!open.isEmpty()) {
      end();
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void escape(String text) {
    XmlText.escape(out, text);
  }
}
