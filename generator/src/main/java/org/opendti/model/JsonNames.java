package org.opendti.model;

import java.util.Locale;

/** The JSON names of the model's enums: {@code THIRD_PARTY} → {@code "thirdParty"}. */
final class JsonNames {

  private JsonNames() {}

  static String of(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }
}
