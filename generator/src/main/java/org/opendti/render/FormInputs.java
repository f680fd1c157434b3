package org.opendti.render;

import java.util.ArrayList;
import java.util.List;
import org.opendti.model.Criterion;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/**
 * The inputs a unit fills in for a criterion, in the method's order. {@code docs/formats.md}:
 * "{@code inputs} may be omitted for single-input methods: the input is then {@code value} with the
 * criterion's name as label and the kind the method implies".
 */
final class FormInputs {

  private FormInputs() {}

  /** One input: its definition, with the kind implied by the method where none is declared. */
  static List<InputDef> of(Criterion c) {
    List<InputDef> out = new ArrayList<>();
    for (String id : c.method().inputIds()) {
      InputDef def = c.input(id).orElse(null);
      InputKind kind = def != null && def.kind() != null ? def.kind() : implied(c.method());
      out.add(
          new InputDef(
              id,
              def == null ? c.name() : def.label(),
              def == null ? c.nameEn() : def.labelEn(),
              kind,
              def == null ? null : def.unit(),
              def == null ? null : def.unitEn(),
              def == null ? null : def.unitEnOne()));
    }
    return List.copyOf(out);
  }

  /** yesNo → boolean, choice → choice, lateness → date, assessed → points, otherwise number. */
  static InputKind implied(Method m) {
    if (m instanceof Method.YesNo) {
      return InputKind.BOOLEAN;
    } else if (m instanceof Method.Choice) {
      return InputKind.CHOICE;
    } else if (m instanceof Method.Lateness) {
      return InputKind.DATE;
    } else if (m instanceof Method.Assessed) {
      return InputKind.POINTS;
    } else if (m instanceof Method.EventDeduction) {
      return InputKind.COUNT;
    }
    return InputKind.NUMBER;
  }
}
