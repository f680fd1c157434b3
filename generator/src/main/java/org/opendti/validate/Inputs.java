package org.opendti.validate;

import java.util.List;
import java.util.Optional;
import org.opendti.model.Criterion;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/**
 * The inputs a criterion really has. {@code docs/formats.md}: "{@code inputs} may be omitted for
 * single-input methods: the input is then {@code value} with the criterion's name as label and the
 * kind the method implies". Works whether or not the loader already added that implied input.
 */
final class Inputs {

  private Inputs() {}

  static List<InputDef> of(Criterion c) {
    if (!c.inputs().isEmpty()) {
      return c.inputs();
    }
    Optional<InputKind> implied = impliedKind(c.method());
    if (implied.isEmpty() || c.method().inputIds().size() != 1) {
      return List.of();
    }
    String id = c.method().inputIds().get(0);
    return List.of(new InputDef(id, c.name(), c.nameEn(), implied.get(), null));
  }

  static Optional<InputDef> find(Criterion c, String inputId) {
    return of(c).stream().filter(i -> i.id().equals(inputId)).findFirst();
  }

  /** yesNo → boolean, choice → choice, bands/externalScore → number, assessed → points. */
  static Optional<InputKind> impliedKind(Method m) {
    InputKind kind = null;
    if (m instanceof Method.YesNo) {
      kind = InputKind.BOOLEAN;
    } else if (m instanceof Method.Choice) {
      kind = InputKind.CHOICE;
    } else if (m instanceof Method.Bands || m instanceof Method.ExternalScore) {
      kind = InputKind.NUMBER;
    } else if (m instanceof Method.Assessed) {
      kind = InputKind.POINTS;
    }
    return Optional.ofNullable(kind);
  }
}
