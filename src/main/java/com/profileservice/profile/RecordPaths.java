package com.profileservice.profile;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and builds the profile's API records by policy field name, which is a path through record
 * components: {@code im.aim} is component {@code aim} of component {@code im}. A component whose
 * type is itself a record is a group; every other component is a leaf. This is what lets one loop
 * over {@link ProfileFields} fill a typed record without a constructor call naming each field.
 */
final class RecordPaths {

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /** What becomes of a group whose leaves are all null. */
  enum EmptyGroups {
    /** Built all the same, so the JSON shows the group with its null members. */
    KEPT,
    /** Null itself, so the JSON leaves it out. */
    LEFT_OUT
  }

  private RecordPaths() {}

  /** The value at {@code path}; null when a group on the way is null. */
  static Object read(Record record, String path) {
    Object value = record;
    for (String part : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      value = SHAPES.get(value.getClass()).component(part, path).read(value);
    }
    return value;
  }

  /** Every leaf path of {@code type}, groups expanded in place, in component order. */
  static List<String> leaves(Class<? extends Record> type) {
    List<String> paths = new ArrayList<>();
    collectLeaves(type, "", paths);
    return paths;
  }

  /** A {@code type} whose every leaf holds {@code valueAt.apply(path)}. */
  static <R extends Record> R build(
      Class<R> type, Function<String, Object> valueAt, EmptyGroups emptyGroups) {
    return type.cast(build(type, "", valueAt, emptyGroups));
  }

  private static Object build(
      Class<?> type, String prefix, Function<String, Object> valueAt, EmptyGroups emptyGroups) {
    Shape shape = SHAPES.get(type);
    Object[] values = new Object[shape.components.size()];
    boolean empty = true;
    int i = 0;
    for (Component component : shape.components.values()) {
      String path = prefix + component.name;
      Object value =
          component.isGroup()
              ? build(component.type, path + ".", valueAt, emptyGroups)
              : valueAt.apply(path);
      empty &= value == null;
      values[i++] = value;
    }
    boolean leftOut = emptyGroups == EmptyGroups.LEFT_OUT && empty && !prefix.isEmpty();
    return leftOut ? null : shape.create(values);
  }

  private static void collectLeaves(Class<?> type, String prefix, List<String> paths) {
    for (Component component : SHAPES.get(type).components.values()) {
      if (component.isGroup()) {
        collectLeaves(component.type, prefix + component.name + ".", paths);
      } else {
        paths.add(prefix + component.name);
      }
    }
  }

  private record Component(String name, Class<?> type, RecordComponent component) {

    boolean isGroup() {
      return type.isRecord();
    }

    Object read(Object record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
      }
    }
  }

  private record Shape(
      Class<?> type, Constructor<?> constructor, Map<String, Component> components) {

    static Shape of(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException(type + " is not a record");
      }
      RecordComponent[] parts = type.getRecordComponents();
      Map<String, Component> components = new LinkedHashMap<>();
      for (RecordComponent part : parts) {
        components.put(part.getName(), new Component(part.getName(), part.getType(), part));
      }
      Class<?>[] types =
          Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return new Shape(type, type.getDeclaredConstructor(types), components);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record always has its canonical constructor", e);
      }
    }

    Component component(String name, String path) {
      Component component = components.get(name);
      if (component == null) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + path);
      }
      return component;
    }

    Object create(Object[] values) {
      try {
        return constructor.newInstance(values);
      } catch (InstantiationException
          | IllegalAccessException
          | IllegalArgumentException
          | InvocationTargetException e) {
        throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
      }
    }
  }
}
