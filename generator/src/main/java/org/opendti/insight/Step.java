package org.opendti.insight;

import java.util.Map;
import org.opendti.model.Value;

/**
 * A change of inputs that should reach a step of a criterion; the re-score says what it really
 * gives.
 *
 * @param changed only the inputs that change
 */
record Step(Opportunity.Kind kind, Map<String, Value> changed, String label) {

  Step {
    changed = Map.copyOf(changed);
  }
}
