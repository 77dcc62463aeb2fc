package dev.cumulo.debug.java;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.ArrayReference;
import com.sun.jdi.Field;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;
import java.util.List;

/** Reads a {@link JavaPath} in a paused frame: locals first, then {@code this}'s fields, then the class's statics. */
final class JdiPaths {
  private final JdiValues values;

  JdiPaths(JdiValues values) {
    this.values = values;
  }

  Value resolve(StackFrame frame, JavaPath path) {
    Value current = root(frame, path.root());
    for (JavaPath.Step step : path.steps()) {
      current = step.isIndex() ? index(current, step.index(), path) : field(current, step.field(), path);
    }
    return current;
  }

  private Value root(StackFrame frame, String name) {
    if (name.equals("this")) {
      return frame.thisObject();
    }
    try {
      LocalVariable local = frame.visibleVariableByName(name);
      if (local != null) {
        return frame.getValue(local);
      }
    } catch (AbsentInformationException e) {
      // compiled without -g: only fields are reachable
    }
    ObjectReference self = frame.thisObject();
    if (self != null && self.referenceType().fieldByName(name) != null) {
      return self.getValue(self.referenceType().fieldByName(name));
    }
    Field field = frame.location().declaringType().fieldByName(name);
    if (field != null && field.isStatic()) {
      return frame.location().declaringType().getValue(field);
    }
    throw new IllegalArgumentException(name + " is not a variable or field here");
  }

  private Value field(Value value, String name, JavaPath path) {
    if (value instanceof ArrayReference array && name.equals("length")) {
      return array.virtualMachine().mirrorOf(array.length());
    }
    if (value instanceof StringReference s && name.equals("length")) {
      return s.virtualMachine().mirrorOf(s.value().length());
    }
    if (!(value instanceof ObjectReference object)) {
      throw new IllegalArgumentException(path.text() + ": cannot read ." + name + " of " + (value == null ? "null" : value));
    }
    if (name.equals("size") && (JdiValues.isA(object, "java.util.Collection") || JdiValues.isA(object, "java.util.Map"))) {
      return values.invoke(object, "size");
    }
    Field field = object.referenceType().fieldByName(name);
    if (field == null) {
      throw new IllegalArgumentException(path.text() + ": " + JdiValues.typeName(object) + " has no field " + name);
    }
    return object.getValue(field);
  }

  private Value index(Value value, int index, JavaPath path) {
    if (value instanceof ArrayReference array) {
      checkBounds(index, array.length(), path);
      return array.getValue(index);
    }
    if (value instanceof ObjectReference object && JdiValues.isA(object, "java.util.List")) {
      List<Value> all = values.elements(object);
      checkBounds(index, all.size(), path);
      return all.get(index);
    }
    throw new IllegalArgumentException(path.text() + ": [" + index + "] needs an array or a list");
  }

  private static void checkBounds(int index, int size, JavaPath path) {
    if (index >= size) {
      throw new IllegalArgumentException(path.text() + ": index " + index + " is out of bounds for size " + size);
    }
  }
}
