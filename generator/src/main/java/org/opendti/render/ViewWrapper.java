package org.opendti.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The object wrapper for the site's view records: a record's components are read through accessors
 * resolved once per record class ({@link RecordAccessors}), not through {@code BeansWrapper}'s
 * reflective method calls, introspection cache and member-access checks, which took a fifth of the
 * render's CPU. Strings, booleans and lists are wrapped as {@link DefaultObjectWrapper} (2.3.34)
 * wraps them, so templates see the same values; anything else goes to it unchanged.
 *
 * <p>A template sees a record as a hash of its components (the {@code BeansWrapper} view of a
 * record also offered its methods, which the templates never call). Thread-safe.
 */
final class ViewWrapper extends DefaultObjectWrapper {

  /** Maps wrapped once, by identity: the interface text every page reads a few hundred times. */
  private final Map<Object, TemplateModel> shared = new IdentityHashMap<>();

  /**
   * @param sharedMaps string maps that many pages pass as they are (the message bundles), wrapped
   *     here once instead of once per page
   */
  ViewWrapper(List<Map<String, String>> sharedMaps) {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    for (Map<String, String> map : sharedMaps) {
      shared.put(map, new StringMapModel(map, this));
    }
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj == null) {
      return super.wrap(null);
    }
    // Class tests first (exact, then Record, a class): interface instanceof checks are what made
    // wrapping costly.
    Class<?> type = obj.getClass();
    if (type == String.class) {
      return new SimpleScalar((String) obj);
    } else if (type == Boolean.class) {
      return (Boolean) obj ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    } else if (obj instanceof Record) {
      return new RecordModel(obj, RecordAccessors.get(type), this);
    } else if (obj instanceof List<?> list) {
      // As DefaultObjectWrapper adapts a list (its adapter picks the class for sequential ones).
      return DefaultListAdapter.adapt(list, this);
    } else if (obj instanceof TemplateModel model) {
      return model;
    } else if (obj instanceof Map<?, ?> && shared.containsKey(obj)) {
      return shared.get(obj);
    }
    return super.wrap(obj);
  }

  /**
   * A record as a template hash. Each component is wrapped at most once per record, so a template
   * reading {@code c.id} three times wraps it once; used by one page, on one thread.
   */
  private static final class RecordModel implements TemplateHashModelEx {
    private final Object record;
    private final RecordAccessors accessors;
    private final ViewWrapper wrapper;
    private final TemplateModel[] wrapped;

    RecordModel(Object record, RecordAccessors accessors, ViewWrapper wrapper) {
      this.record = record;
      this.accessors = accessors;
      this.wrapper = wrapper;
      this.wrapped = new TemplateModel[accessors.names().size()];
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Integer i = accessors.index().get(key);
      if (i == null) {
        return null;
      }
      TemplateModel m = wrapped[i];
      if (m == null) {
        m = wrapper.wrap(accessors.getters().get(i).apply(record));
        wrapped[i] = m;
      }
      return m;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    @Override
    public int size() {
      return wrapped.length;
    }

    @Override
    public TemplateCollectionModel keys() {
      return new SimpleCollection(accessors.names(), wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
      List<TemplateModel> values = new ArrayList<>();
      for (String name : accessors.names()) {
        values.add(get(name));
      }
      return new SimpleCollection(values, wrapper);
    }
  }

  /** An immutable map of strings, its values wrapped once; read-only, so pages share it. */
  private static final class StringMapModel implements TemplateHashModelEx {
    private final Map<String, String> map;
    private final NameLookup<TemplateModel> values;
    private final ViewWrapper wrapper;

    StringMapModel(Map<String, String> map, ViewWrapper wrapper) {
      this.map = map;
      this.wrapper = wrapper;
      Map<String, TemplateModel> scalars = new HashMap<>();
      map.forEach((k, v) -> scalars.put(k, new SimpleScalar(v)));
      this.values = new NameLookup<>(scalars);
    }

    @Override
    public TemplateModel get(String key) {
      return values.get(key);
    }

    @Override
    public boolean isEmpty() {
      return map.isEmpty();
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public TemplateCollectionModel keys() {
      return new SimpleCollection(map.keySet(), wrapper);
    }

    @Override
    public TemplateCollectionModel values() {
      return new SimpleCollection(map.values(), wrapper);
    }
  }
}
