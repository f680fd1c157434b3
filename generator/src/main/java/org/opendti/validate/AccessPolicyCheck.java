package org.opendti.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.load.SourceIndex;
import org.opendti.model.AccessPolicy;
import org.opendti.model.UnitRegistry;

/**
 * What {@code schemas/access.schema.json} cannot say about {@code policy/access.json}: an account
 * listed twice in one list (GitHub logins ignore case, so {@code @Alice} and {@code @alice} are the
 * same account), and a unit that the registry does not know (checked when a registry was loaded).
 */
final class AccessPolicyCheck {

  private AccessPolicyCheck() {}

  static List<Diagnostic> check(AccessPolicy policy, UnitRegistry registry, SourceIndex index) {
    List<Diagnostic> found = new ArrayList<>();
    Findings out = new Findings(found, AccessPolicy.FILE, index);
    accounts("/maintainers", policy.maintainers(), out);
    accounts("/reviewers", policy.reviewers(), out);
    for (Map.Entry<String, List<String>> unit : policy.units().entrySet()) {
      String at = "/units/" + SourceIndex.escape(unit.getKey());
      accounts(at, unit.getValue(), out);
      if (!registry.units().isEmpty() && registry.unit(unit.getKey()).isEmpty()) {
        out.warning(Code.UNKNOWN_POLICY_UNIT, at, unit.getKey());
      }
    }
    return found;
  }

  private static void accounts(String pointer, List<String> accounts, Findings out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < accounts.size(); i++) {
      String a = accounts.get(i);
      if (!seen.add(a.toLowerCase(Locale.ROOT))) {
        out.error(Code.DUPLICATE_ACCOUNT, pointer + "/" + i, a);
      }
    }
  }
}
