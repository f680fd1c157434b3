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
 * same account), a unit that the registry does not know (checked when a registry was loaded), and a
 * team named but not defined in {@code teams}, which would have no members (an error: its unit or
 * role could not be used by anyone, and the host's membership is never asked).
 */
final class AccessPolicyCheck {

  private AccessPolicyCheck() {}

  static List<Diagnostic> check(AccessPolicy policy, UnitRegistry registry, SourceIndex index) {
    List<Diagnostic> found = new ArrayList<>();
    Findings out = new Findings(found, AccessPolicy.FILE, index);
    accounts("/maintainers", policy.maintainers(), out);
    accounts("/reviewers", policy.reviewers(), out);
    teams("/maintainers", policy.maintainers(), policy, out);
    teams("/reviewers", policy.reviewers(), policy, out);
    for (Map.Entry<String, List<String>> unit : policy.units().entrySet()) {
      String at = "/units/" + SourceIndex.escape(unit.getKey());
      accounts(at, unit.getValue(), out);
      teams(at, unit.getValue(), policy, out);
      if (!registry.units().isEmpty() && registry.unit(unit.getKey()).isEmpty()) {
        out.warning(Code.UNKNOWN_POLICY_UNIT, at, unit.getKey());
      }
    }
    return found;
  }

  private static void teams(
      String pointer, List<String> accounts, AccessPolicy policy, Findings out) {
    for (int i = 0; i < accounts.size(); i++) {
      String a = accounts.get(i);
      if (AccessPolicy.isTeam(a) && !policy.defines(a)) {
        out.error(Code.UNKNOWN_TEAM, pointer + "/" + i, a);
      }
    }
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
