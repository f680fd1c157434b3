package org.opendti.render;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * A record class's component names and accessors, by position, resolved once per class: the
 * templates' object wrapper ({@link ViewWrapper}) and the render cache's key ({@link RenderCache})
 * read every view through them instead of through reflective calls.
 *
 * @param names component names in declaration order
 * @param index position of each name, found by the template's name instance ({@link NameLookup})
 * @param getters one accessor per component, in the same order
 */
record RecordAccessors(
    List<String> names, NameLookup<Integer> index, List<Function<Object, Object>> getters) {

  private static final ClassValue<RecordAccessors> CACHE =
      new ClassValue<>() {
        @Override
        protected RecordAccessors computeValue(Class<?> type) {
          return of(type);
        }
      };

  /** The accessors of record class {@code type}, resolved on first use. */
  static RecordAccessors get(Class<?> type) {
    return CACHE.get(type);
  }

  private static RecordAccessors of(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> names = new ArrayList<>();
    HashMap<String, Integer> index = new HashMap<>();
    List<Function<Object, Object>> getters = new ArrayList<>();
    for (RecordComponent c : components) {
      index.put(c.getName(), names.size());
      names.add(c.getName());
      getters.add(getter(type, c));
    }
    return new RecordAccessors(List.copyOf(names), new NameLookup<>(index), List.copyOf(getters));
  }

  /**
   * A lambda calling the accessor: as fast as a direct call once the JIT has seen it; a reflective
   * call for a record this package cannot see (a private nested record).
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Class<?> type, RecordComponent c) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle accessor = lookup.unreflect(c.getAccessor());
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              accessor,
              MethodType.methodType(
                  c.getType().isPrimitive() ? box(c.getType()) : c.getType(), type));
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (IllegalAccessException inaccessible) {
      return reflective(type, c);
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot read " + type.getName() + "." + c.getName(), e);
    }
  }

  private static Function<Object, Object> reflective(Class<?> type, RecordComponent c) {
    Method m = c.getAccessor();
    try {
      m.setAccessible(true);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot read " + type.getName() + "." + c.getName(), e);
    }
    return record -> {
      try {
        return m.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + type.getName() + "." + c.getName(), e);
      }
    };
  }

  private static Class<?> box(Class<?> primitive) {
    return MethodType.methodType(primitive).wrap().returnType();
  }
}
