package org.opendti.model;

import java.util.List;

/**
 * What evidence (tài liệu kiểm chứng) a criterion asks for.
 *
 * @param required whether an answer without evidence is an error
 * @param kinds accepted evidence kinds ("decision", "plan", "report", "document", "link", "photo",
 *     "other"); empty means any
 * @param description what the source asks for, e.g. "Quyết định thành lập Ban chỉ đạo"
 */
public record EvidenceRequirement(boolean required, List<String> kinds, String description) {

  public static final EvidenceRequirement NONE = new EvidenceRequirement(false, List.of(), null);

  public EvidenceRequirement {
    kinds = List.copyOf(kinds);
  }
}
