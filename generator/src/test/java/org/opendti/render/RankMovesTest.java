package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/** Rank changes counted among the units in both tables ({@link RankMoves}). */
class RankMovesTest {

  @Test
  void sameUnitsMoveByTheirRawRanks() {
    RankMoves m = RankMoves.between(table("a", "b", "c"), table("c", "a", "b"));
    assertThat(m.moves()).isEqualTo(Map.of("a", 1, "b", 1, "c", -2));
    assertThat(m.membershipChanged()).isFalse();
  }

  /** The audit's case: units above left, so every unit below "rose" without passing anyone. */
  @Test
  void unitsThatLeftOrJoinedMoveNoOne() {
    Ranking before = table("gone1", "x", "gone2", "y", "z");
    Ranking now = table("new1", "x", "y", "z", "new2");
    RankMoves m = RankMoves.between(now, before);
    assertThat(m.moves()).isEqualTo(Map.of("x", 0, "y", 0, "z", 0));
    assertThat(m.common()).isEqualTo(3);
    assertThat(m.left()).containsExactly("gone1", "gone2");
    assertThat(m.joined()).isEqualTo(2);
    assertThat(m.of("new1")).isEmpty();
    // Raw ranks would have said x 2 → 2, y 4 → 3, z 5 → 4: two "rises" that passed no one.
    RankMoves passed = RankMoves.between(table("new1", "z", "x", "y"), before);
    assertThat(passed.moves()).isEqualTo(Map.of("z", 2, "x", -1, "y", -1));
  }

  @Test
  void tiesStayTiesAmongTheUnitsInBoth() {
    // before: a 1, b 2, c 2 (tied), d 4; now: d 1, a 2, b 2 (tied), c 4.
    Ranking before = ranked(List.of("a", "b", "c", "d"), List.of(1, 2, 2, 4));
    Ranking now = ranked(List.of("d", "a", "b", "c"), List.of(1, 2, 2, 4));
    RankMoves m = RankMoves.between(now, before);
    assertThat(m.moves()).isEqualTo(Map.of("d", 3, "a", -1, "b", 0, "c", -2));
  }

  private static Ranking table(String... units) {
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      ranks.add(i + 1);
    }
    return ranked(List.of(units), ranks);
  }

  private static Ranking ranked(List<String> units, List<Integer> ranks) {
    List<RankEntry> entries = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      entries.add(new RankEntry(ranks.get(i), units.get(i), BigDecimal.valueOf(100 - i)));
    }
    return new Ranking("fw", "2024", SiteFixture.ALL, null, entries);
  }
}
