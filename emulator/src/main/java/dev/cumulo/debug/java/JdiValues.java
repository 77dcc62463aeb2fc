package dev.cumulo.debug.java;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.BooleanValue;
import com.sun.jdi.CharValue;
import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.InterfaceType;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StringReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Java values as the debugger shows them: strings quoted, boxed numbers as numbers, arrays, collections and maps with
 * their size and first elements, other objects with their first fields. Collections and maps are read through their
 * own {@code toArray()} and {@code entrySet()}, invoked on the paused thread only. Refs are valid until it resumes.
 */
final class JdiValues {
  private static final int PREVIEW = 5;
  private static final int MAX_CHILDREN = 1000;
  private static final int MAX_TEXT = 500;
  private static final Set<String> BOXES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
      "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character");

  private final Map<Long, Value> refs = new ConcurrentHashMap<>();
  private final AtomicLong nextRef = new AtomicLong();
  private volatile ThreadReference thread;

  /** A new pause on {@code paused}: earlier refs no longer hold. */
  void pausedOn(ThreadReference paused) {
    thread = paused;
    refs.clear();
  }

  Variable variable(String name, Value value) {
    long ref = expandable(value) ? register(value) : 0;
    return new Variable(name, typeName(value), display(value, true), ref);
  }

  private long register(Value value) {
    long ref = nextRef.incrementAndGet();
    refs.put(ref, value);
    return ref;
  }

  static String typeName(Value value) {
    if (value == null) {
      return "null";
    }
    String name = value.type().name();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  List<Variable> children(long ref) {
    Value value = refs.get(ref);
    List<Variable> out = new ArrayList<>();
    if (value instanceof ArrayReference array) {
      List<Value> elements = array.getValues(0, Math.min(array.length(), MAX_CHILDREN));
      for (int i = 0; i < elements.size(); i++) {
        out.add(variable("[" + i + "]", elements.get(i)));
      }
    } else if (value instanceof ObjectReference object && isA(object, "java.util.Map")) {
      for (Value entry : elements(invoke(object, "entrySet"))) {
        ObjectReference e = (ObjectReference) entry;
        Value key = invoke(e, "getKey");
        out.add(variable(display(key, false), invoke(e, "getValue")));
      }
    } else if (value instanceof ObjectReference object && isA(object, "java.util.Collection")) {
      List<Value> elements = elements(object);
      for (int i = 0; i < elements.size(); i++) {
        out.add(variable("[" + i + "]", elements.get(i)));
      }
    } else if (value instanceof ObjectReference object) {
      for (Field field : instanceFields(object.referenceType())) {
        out.add(variable(field.name(), object.getValue(field)));
      }
    }
    return out;
  }

  String display(Value value, boolean quoteStrings) {
    String text;
    if (value == null) {
      text = "null";
    } else if (value instanceof CharValue c) {
      text = quoteStrings ? "'" + c.value() + "'" : String.valueOf(c.value());
    } else if (value instanceof PrimitiveValue) {
      text = value.toString();
    } else if (value instanceof StringReference s) {
      text = quoteStrings ? Json.write(s.value()) : s.value();
    } else if (value instanceof ArrayReference array) {
      text = typeName(array).replace("[]", "[" + array.length() + "]") + " " + preview(array.getValues(0, Math.min(PREVIEW, array.length())), array.length());
    } else {
      text = object((ObjectReference) value);
    }
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }

  private String object(ObjectReference object) {
    ReferenceType type = object.referenceType();
    if (BOXES.contains(type.name())) {
      return display(object.getValue(type.fieldByName("value")), true);
    }
    if (type instanceof ClassType c && c.isEnum()) {
      return ((StringReference) object.getValue(c.fieldByName("name"))).value();
    }
    String simple = typeName(object);
    if (isA(object, "java.util.Map") || isA(object, "java.util.Collection")) {
      List<Value> elements = elements(isA(object, "java.util.Map") ? invoke(object, "entrySet") : object);
      List<Value> shown = elements.subList(0, Math.min(PREVIEW, elements.size()));
      if (isA(object, "java.util.Map")) {
        List<String> entries = new ArrayList<>();
        for (Value entry : shown) {
          ObjectReference e = (ObjectReference) entry;
          entries.add(display(invoke(e, "getKey"), true) + "=" + display(invoke(e, "getValue"), true));
        }
        return simple + " (size " + elements.size() + ") {" + String.join(", ", entries) + more(elements.size()) + "}";
      }
      return simple + " (size " + elements.size() + ") " + preview(shown, elements.size());
    }
    List<String> fields = new ArrayList<>();
    for (Field field : instanceFields(type)) {
      if (fields.size() == PREVIEW) {
        fields.add("…");
        break;
      }
      Value v = object.getValue(field);
      fields.add(field.name() + "=" + (v instanceof ObjectReference && !(v instanceof StringReference) && !isBox(v)
          ? typeName(v) : display(v, true)));
    }
    return simple + " {" + String.join(", ", fields) + "}";
  }

  private String preview(List<Value> values, int size) {
    List<String> shown = new ArrayList<>();
    for (Value v : values) {
      shown.add(v instanceof ObjectReference && !(v instanceof StringReference) && !isBox(v) ? typeName(v) : display(v, true));
    }
    return "[" + String.join(", ", shown) + more(size) + "]";
  }

  private static String more(int size) {
    return size > PREVIEW ? ", …" : "";
  }

  private static boolean isBox(Value v) {
    return v instanceof ObjectReference o && BOXES.contains(o.referenceType().name());
  }

  private static boolean expandable(Value value) {
    if (value instanceof ArrayReference array) {
      return array.length() > 0;
    }
    return value instanceof ObjectReference object && !(value instanceof StringReference) && !isBox(value)
        && !(object.referenceType() instanceof ClassType c && c.isEnum());
  }

  private static List<Field> instanceFields(ReferenceType type) {
    return type.allFields().stream().filter(f -> !f.isStatic()).toList();
  }

  static boolean isA(ObjectReference object, String interfaceName) {
    if (object.referenceType() instanceof ClassType c) {
      return c.allInterfaces().stream().map(InterfaceType::name).anyMatch(interfaceName::equals);
    }
    return false;
  }

  /** A collection's elements, through its own {@code toArray()}. */
  List<Value> elements(Value collection) {
    if (!(collection instanceof ObjectReference object)) {
      return List.of();
    }
    Value array = invoke(object, "toArray");
    if (!(array instanceof ArrayReference elements)) {
      return List.of();
    }
    return elements.getValues(0, Math.min(elements.length(), MAX_CHILDREN));
  }

  /** Calls a no-argument method on the paused thread (only that thread runs meanwhile). */
  Value invoke(ObjectReference object, String method) {
    ThreadReference on = thread;
    Optional<Method> found = ((ClassType) object.referenceType()).methodsByName(method).stream()
        .filter(m -> m.argumentTypeNames().isEmpty() && !m.isAbstract()).findFirst();
    if (on == null || found.isEmpty()) {
      return null;
    }
    try {
      return object.invokeMethod(on, found.get(), List.of(), ObjectReference.INVOKE_SINGLE_THREADED);
    } catch (Exception e) {
      return null;
    }
  }

  /** A value as a condition compares it: a number, a string, a boolean, null, or the value itself. */
  Object literal(Value value) {
    if (value == null) {
      return JavaCondition.NULL;
    }
    if (value instanceof BooleanValue b) {
      return b.value();
    }
    if (value instanceof CharValue c) {
      return String.valueOf(c.value());
    }
    if (value instanceof PrimitiveValue) {
      return new java.math.BigDecimal(value.toString());
    }
    if (value instanceof StringReference s) {
      return s.value();
    }
    if (isBox(value)) {
      ObjectReference box = (ObjectReference) value;
      return literal(box.getValue(box.referenceType().fieldByName("value")));
    }
    return value;
  }
}
