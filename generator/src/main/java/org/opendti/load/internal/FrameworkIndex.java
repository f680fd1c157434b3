package org.opendti.load.internal;

import java.util.HashMap;
import java.util.Map;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.ProfileField;

/**
 * A framework's criteria and profile fields by id, so that typing a submission's values does not
 * walk the framework once per answer. Immutable after construction, so shared by loading threads.
 */
final class FrameworkIndex {

  private final Map<String, Criterion> criteria = new HashMap<>();
  private final Map<String, InputKind> profileKinds = new HashMap<>();

  FrameworkIndex(Framework framework) {
    // The first of equal ids wins, as in Framework.criterion and a scan of profileFields().
    for (Criterion c : framework.allCriteria()) {
      criteria.putIfAbsent(c.id(), c);
    }
    for (ProfileField p : framework.profileFields()) {
      if (!profileKinds.containsKey(p.id())) {
        profileKinds.put(p.id(), p.kind());
      }
    }
  }

  /** The kind of a profile field; null when the framework has no such field (or gives no kind). */
  InputKind profileKind(String id) {
    return profileKinds.get(id);
  }

  /** The kind of one input of one criterion; null when either is unknown. */
  InputKind inputKind(String criterionId, String inputId) {
    Criterion c = criteria.get(criterionId);
    if (c == null) {
      return null;
    }
    for (InputDef i : c.inputs()) {
      if (i.id().equals(inputId)) {
        return i.kind();
      }
    }
    return null;
  }
}
